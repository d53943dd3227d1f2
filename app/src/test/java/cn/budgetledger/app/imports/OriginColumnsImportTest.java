package cn.budgetledger.app.imports;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.LinkedHashMap;
import java.util.Map;

import static cn.budgetledger.app.imports.ImportsTest.awaitFigure;
import static cn.budgetledger.app.imports.ImportsTest.budget;
import static cn.budgetledger.app.imports.ImportsTest.errors;
import static cn.budgetledger.app.imports.ImportsTest.importCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The optional 指标来源 and 指标类型 columns (formats.md §1), and 指标来源 where the other imports name a line. */
class OriginColumnsImportTest {

    static final String LINES_HEADER = "单位代码,单位名称,年度,功能科目编码,经济科目编码,项目编码,项目名称,项目类别,资金来源,金额,批复文号,指标来源,指标类型";
    static final String PAYMENTS_HEADER = "单位代码,年度,凭证号,支付日期,功能科目编码,经济科目编码,项目编码,资金来源,金额,指标来源";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    @Test
    void carriedRowsBecomeCarriedLinesOfTheirFundSource_andPaymentsFindThem() {
        // given an approval with this year's and carried money, 指标类型 given or following 指标来源
        Api.Response imported = importCsv("budget-lines", LINES_HEADER,
                "710101,测试单位,2025,2080199,30217,P1,系统运维,特定目标类,一般公共预算拨款,1000,批复-1,,",
                "710101,测试单位,2025,2080199,30217,P1,系统运维,特定目标类,一般公共预算拨款,600,结转-1,上年结转,",
                "710101,测试单位,2025,2080199,30201,P1,系统运维,特定目标类,一般公共预算拨款,400,结转-1,上年结转,上年结转");
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        awaitFigure("710101", "original", "2000.00");

        // when payments name the lines, with and without 指标来源
        Api.Response paid = importCsv("payments", PAYMENTS_HEADER,
                "710101,2025,V1,2025-03-01,2080199,30217,P1,一般公共预算拨款,10,",
                "710101,2025,V2,2025-03-01,2080199,30217,P1,一般公共预算拨款,20,上年结转",
                "710101,2025,V3,2025-03-01,2080199,30201,P1,一般公共预算拨款,30,");
        assertThat(paid.status()).as(paid.body().toString()).isEqualTo(200);
        awaitFigure("710101", "executed", "60.00");

        // then each line keeps its fund source and origin; 30201 is only carried, so V3 found it unnamed
        Map<String, String> lines = new LinkedHashMap<>();
        budget("710101").path("lines").forEach(line -> lines.put(line.path("economicCode").asText() + " "
                + line.path("fundSource").asText() + " " + line.path("origin").asText(),
                line.path("figures").path("original").asText() + "/" + line.path("figures").path("executed").asText()));
        assertThat(lines).containsOnly(Map.entry("30217 一般公共预算拨款 本年", "1000.00/10.00"),
                Map.entry("30217 一般公共预算拨款 上年结转", "600.00/20.00"),
                Map.entry("30201 一般公共预算拨款 上年结转", "400.00/30.00"));
    }

    @Test
    void anUnknownOrigin_aTypeAgainstTheOrigin_andMixedTypesInADocumentAreRowErrors() {
        Api.Response response = importCsv("budget-lines", LINES_HEADER,
                "710102,测试单位,2025,2080199,30217,P1,系统运维,特定目标类,一般公共预算拨款,100,,前年,",
                "710102,测试单位,2025,2080199,30217,P1,系统运维,特定目标类,一般公共预算拨款,100,,本年,上年结转",
                "710102,测试单位,2025,2080199,30217,P1,系统运维,特定目标类,一般公共预算拨款,100,,,追加",
                "710102,测试单位,2025,2080199,30217,P1,系统运维,特定目标类,一般公共预算拨款,100,批复-9,,",
                "710102,测试单位,2025,2080199,30201,P1,系统运维,特定目标类,一般公共预算拨款,100,批复-9,上年结转,");

        assertThat(response.status()).isEqualTo(422);
        assertThat(errors(response)).extracting("row", "column").containsExactly(
                tuple(2, "指标来源"), tuple(3, "指标类型"), tuple(4, "指标类型"), tuple(6, "指标类型"));
        assertThat(app.accountant().get("/api/units/710102/years/2025").status()).isEqualTo(404);
    }
}
