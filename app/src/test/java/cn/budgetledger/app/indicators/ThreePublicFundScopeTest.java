package cn.budgetledger.app.indicators;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "三公" fund scope (domain.md): the public "三公" table is the one of 一般公共预算拨款 unless other fund
 * sources are asked for, and the 三公经费控制率 counts 财政拨款 lines only, never a unit's own income.
 *
 * Unit 415001, 2025, hand-computed:
 * - A 30217 公务接待费, 一般公共预算拨款 (project P-GY): 8000.00, 6000.00 paid
 * - G 30231 公务用车运行维护费, 政府性基金预算拨款 (project P-FUND): 2000.00, 1882.00 paid
 * - S 30217 公务接待费, 事业收入 (project P-GY): 5882.00, nothing paid
 * - N 30201 办公费, 一般公共预算拨款 (project P-GY): 1000.00, 500.00 paid (not 三公)
 * 控制率 of the unit: (6000 + 1882) / (8000 + 2000) = 78.82 % (counting S as well: 7882 / 15882 = 49.63 %);
 * of P-GY: 6000 / 8000 = 75.00 % (with S: 6000 / 13882 = 43.22 %).
 */
class ThreePublicFundScopeTest {

    static final String UNIT = "415001";
    static final String DISCLOSURE = "/api/units/" + UNIT + "/years/2025/disclosure";
    static final Line A = Line.of("2080150", "30217", "P-GY");
    static final Line G = Line.of("2080150", "30231", "P-FUND").withFundSource("政府性基金预算拨款");
    static final Line S = Line.of("2080150", "30217", "P-GY").withFundSource("事业收入");
    static final Line N = Line.of("2080150", "30201", "P-GY");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    static Api manager;

    @BeforeAll
    static void theYear() {
        new Bookkeeping(app.books(UNIT)).open()
                .allocate("批复-1",
                        A.approved("日常公用经费", "公用经费", "8000.00"),
                        G.approved("基金项目", "特定目标类", "2000.00"),
                        S.approved("日常公用经费", "公用经费", "5882.00"),
                        N.approved("日常公用经费", "公用经费", "1000.00"))
                .paid(A.payment("V1", "2025-03-10", "6000.00"))
                .paid(G.payment("V2", "2025-04-10", "1882.00"))
                .paid(N.payment("V3", "2025-05-10", "500.00"));
        app.awaitReadModels();
        manager = app.as("manager");
    }

    @Test
    void the_three_public_table_is_the_one_of_the_general_public_budget_unless_asked_otherwise() {
        // when the public tables are asked without a fund source
        JsonNode tables = manager.get(DISCLOSURE).body();

        // then the "三公" table holds A alone (0.80 万元), while the other tables hold every source (16882 yuan)
        assertThat(tables.path("threePublic")).isEqualTo(threePublic("0.80", "0.00", "0.00", "0.00", "0.00", "0.80"));
        assertThat(tables.path("threePublicFundSources").toString()).isEqualTo("[\"一般公共预算拨款\"]");
        assertThat(tables.path("incomeBySource").path("total").asText()).isEqualTo("1.69");
        assertThat(tables.path("incomeBySource").path("事业收入").asText()).isEqualTo("0.59");
    }

    @Test
    void another_fund_source_is_shown_on_request_and_then_every_table_follows_the_filter() {
        // when 事业收入 is asked: S's 5882 yuan
        JsonNode ownIncome = manager.get(DISCLOSURE + "?fundSource=" + Api.query("事业收入")).body();
        assertThat(ownIncome.path("threePublic")).isEqualTo(threePublic("0.59", "0.00", "0.00", "0.00", "0.00", "0.59"));
        assertThat(ownIncome.path("threePublicFundSources").toString()).isEqualTo("[\"事业收入\"]");
        assertThat(ownIncome.path("incomeBySource").path("total").asText()).isEqualTo("0.59");

        // when 政府性基金预算拨款 is asked, as seed 001 publishes its 表4-1: G's 2000 yuan
        JsonNode fund = manager.get(DISCLOSURE + "?fundSource=" + Api.query("政府性基金预算拨款")).body();
        assertThat(fund.path("threePublic")).isEqualTo(threePublic("0.20", "0.00", "0.20", "0.00", "0.20", "0.00"));

        // when two sources are asked, on the executed basis: A's 6000 paid and S's nothing
        JsonNode both = manager.get(DISCLOSURE + "?basis=executed&fundSource=" + Api.query("一般公共预算拨款")
                + "&fundSource=" + Api.query("事业收入")).body();
        assertThat(both.path("threePublic")).isEqualTo(threePublic("0.60", "0.00", "0.00", "0.00", "0.00", "0.60"));
        assertThat(both.path("threePublicFundSources").toString()).isEqualTo("[\"一般公共预算拨款\",\"事业收入\"]");
    }

    @Test
    void the_workbook_names_the_fund_sources_of_the_three_public_table_in_its_title() throws IOException {
        assertThat(threePublicTitle(DISCLOSURE + "?format=xlsx")).endsWith("\"三公\"经费支出表（年初预算，资金来源：一般公共预算拨款）");
        assertThat(threePublicTitle(DISCLOSURE + "?format=xlsx&fundSource=" + Api.query("事业收入")))
                .endsWith("\"三公\"经费支出表（年初预算，资金来源：事业收入）");
    }

    @Test
    void the_control_rate_counts_fiscal_appropriation_lines_only() {
        // when the unit's indicators are asked at year end
        JsonNode indicators = app.books(UNIT).indicators("2025-12-31");

        // then S (事业收入) counts neither in the unit's nor in its project's 控制率
        assertThat(indicators.path("totals").path("threePublicControlRate").asText()).isEqualTo("78.82");
        JsonNode publicFunds = null;
        for (JsonNode project : indicators.path("projects")) {
            if (project.path("code").asText().equals("P-GY")) {
                publicFunds = project;
            }
        }
        assertThat(publicFunds).isNotNull();
        assertThat(publicFunds.path("threePublicControlRate").asText()).isEqualTo("75.00");
    }

    @Test
    void the_overview_and_grafana_count_fiscal_appropriation_lines_only() {
        JsonNode overview = manager.get("/api/years/2025/indicators?asOf=2025-12-31").body();
        JsonNode unit = null;
        for (JsonNode candidate : overview.path("units")) {
            if (candidate.path("unit").asText().equals(UNIT)) {
                unit = candidate;
            }
        }
        assertThat(unit).isNotNull();
        assertThat(unit.path("threePublicControlRate").asText()).isEqualTo("78.82");

        // Grafana's view, as of 2025-12-31 (a past year stands at its last day)
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        Map<String, Object> rates = Map.of(
                "整体", jdbc.queryForObject("select three_public_control_rate from grafana_indicators"
                        + " where unit = ? and year = 2025 and scope = '整体'", Object.class, UNIT).toString(),
                "P-GY", jdbc.queryForObject("select three_public_control_rate from grafana_indicators"
                        + " where unit = ? and year = 2025 and scope = 'P-GY'", Object.class, UNIT).toString());
        assertThat(rates).isEqualTo(Map.of("整体", "78.82", "P-GY", "75.00"));
    }

    private static String threePublicTitle(String path) throws IOException {
        Api.Response response = manager.get(path);
        assertThat(response.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.raw()))) {
            return workbook.getSheet("表7 三公经费").getRow(0).getCell(0).getStringCellValue();
        }
    }

    private static JsonNode threePublic(String total, String abroad, String vehicleTotal, String vehiclePurchase,
                                        String vehicleOperation, String reception) {
        return Api.json("{\"total\":\"" + total + "\",\"abroad\":\"" + abroad + "\",\"vehicleTotal\":\"" + vehicleTotal
                + "\",\"vehiclePurchase\":\"" + vehiclePurchase + "\",\"vehicleOperation\":\"" + vehicleOperation
                + "\",\"reception\":\"" + reception + "\"}");
    }
}
