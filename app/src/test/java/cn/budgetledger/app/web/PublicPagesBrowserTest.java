package cn.budgetledger.app.web;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.PerformanceTargetRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 17's remaining pages in headless Chromium: the public tables (公开表) on every basis with a fund-source filter
 * and their workbook, the printable evaluation, an administrator's password reset, the dead-letter list, the unit's
 * and projects' targets on 指标与预警 with the rates and the count on charts of their own, and the loading state every
 * page shows while its answers are on their way. Screenshots are left in app/target/screenshots.
 */
class PublicPagesBrowserTest {

    static final String UNIT = "714001";
    static final String POISONED = "714008";
    static final String YEAR = "/units/" + UNIT + "/years/2025";
    static final String INCOME = "事业收入";
    static final Line SALARY = Line.of("2080150", "30101", "P714RY");
    static final Line OFFICE = Line.of("2080150", "30201", "P714GY");
    static final Line RECEPTION = Line.of("2080150", "30217", "P714GY");
    static final Line SYSTEMS = Line.of("2080199", "30213", "P714XT").withFundSource(INCOME);

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    static Api admin;
    Browser browser;

    @BeforeAll
    static void aUnitWithTwoFundSourcesPaymentsAnAdjustmentAndTargets() {
        assumeTrue(Browser.isInstalled(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        admin = app.as("admin");
        LedgerDriver books = app.books(UNIT);
        expect(books.open("公开表测试单位", "714"), 201);
        expect(books.allocate("批复-1", SALARY.approved("基本工资", "人员类", "600000.00"),
                OFFICE.approved("日常公用经费", "公用经费", "100000.00"),
                RECEPTION.approved("日常公用经费", "公用经费", "20000.00"),
                SYSTEMS.approved("系统运维", "特定目标类", "300000.00")), 201);
        expect(books.pay(SALARY.payment("V-1", "2025-03-01", "150000.00")), 201);
        expect(books.pay(OFFICE.payment("V-2", "2025-03-02", "31234.56")), 201);
        expect(books.pay(SYSTEMS.payment("V-3", "2025-03-03", "123456.78")), 201);
        expect(books.adjust("追加-1", "追加", "2025-04-01", "系统扩容", SYSTEMS.entry("50000.00")), 201);
        expect(books.target(new PerformanceTargetRequest(null, "产出指标", "时效指标", "预算执行率", "≥", "90", "%", "40", "正向")), 201);
        expect(books.target(new PerformanceTargetRequest(null, "产出指标", "数量指标", "科目调整次数", "≤", "2", "次", "20", "反向")), 201);
        expect(books.target(new PerformanceTargetRequest("P714XT", "产出指标", "时效指标", "预算执行率", "≥", "80", "%", "50", "正向")), 201);
        app.awaitReadModels();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(app.baseUrl());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @CsvSource({"original,年初预算", "adjusted,调整后预算", "executed,执行数"})
    void the_public_tables_show_a_basis_for_a_fund_source_named_in_each_title_and_download_as_shown(
            String basis, String label) throws Exception {
        // given a manager on the public tables, the basis and a fund source given in Chinese in the address
        browser.signIn("manager", "manager");
        browser.open(YEAR + "/disclosure?basis=" + basis + "&fundSource=" + INCOME);

        // then each table's title names the basis and the fund source
        String counted = "（" + label + "，资金来源：" + INCOME + "）";
        WebElement functions = browser.find("expenditure-by-function");
        assertThat(browser.awaitText("tables", text -> text.contains("2080199"))).contains(
                "公开表测试单位 2025 年支出表（按功能分类科目）" + counted, "项目支出表" + counted,
                "收入总表" + counted, "\"三公\"经费支出表" + counted, "金额单位：万元");
        assertThat(new Select(browser.find("basis")).getFirstSelectedOption().getText()).isEqualTo(label);
        assertThat(browser.find("sources").findElement(By.cssSelector("input[value='" + INCOME + "']")).isSelected()).isTrue();

        // and the 合计 of the function table and the project's amount are the API's, in 万元 with separators
        JsonNode tables = app.as("manager").get("/api/units/" + UNIT + "/years/2025/disclosure?basis=" + basis
                + "&fundSource=" + Api.query(INCOME)).body();
        JsonNode total = last(tables.path("expenditureByFunction"));
        assertThat(total.path("code").asText()).isEqualTo("合计");
        List<String> totalRow = cells(functions.findElement(By.cssSelector("tbody tr.total")));
        assertThat(totalRow.get(2)).isEqualTo(grouped(total.path("total").asText()))
                .isEqualTo(grouped(tables.path("projects").get(0).path("total").asText()));
        assertThat(totalRow.get(6)).isEqualTo(grouped(total.path("project").asText()));
        assertThat(totalRow.get(3)).isEqualTo("0.00");
        assertThat(browser.find("projects").getText()).contains("P714XT", "系统运维", "公开表测试单位");

        // and the download is a workbook of the same tables under the same titles
        String download = browser.find("download").getAttribute("href").substring(app.baseUrl().length());
        Api.Response workbook = app.as("manager").get(download);
        assertThat(workbook.status()).isEqualTo(200);
        try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(workbook.raw()))) {
            Sheet sheet = excel.getSheet("支出功能分类");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("公开表测试单位 2025 年支出表（按功能分类科目）" + counted);
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(BigDecimal.valueOf(last.getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo(total.path("total").asText());
        }
        browser.screenshot("disclosure-" + basis);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void choosing_on_the_page_keeps_the_choice_in_the_address_and_the_three_public_table_says_what_it_counts() {
        browser.signIn("manager", "manager");
        browser.open(YEAR + "/disclosure");

        // with no source chosen, every source is counted and the "三公" table counts 一般公共预算拨款 only
        assertThat(browser.awaitText("tables", text -> text.contains("2080199")))
                .contains("支出表（按功能分类科目）（年初预算，资金来源：全部）",
                        "\"三公\"经费支出表（年初预算，资金来源：一般公共预算拨款）");
        assertThat(cells(browser.find("three-public").findElement(By.cssSelector("tbody tr"))).get(5)).isEqualTo("2.00");

        // when the executed basis and 一般公共预算拨款 are chosen on the page
        new Select(browser.find("basis")).selectByValue("executed");
        browser.find("sources").findElement(By.cssSelector("input[value='一般公共预算拨款']")).click();

        // then the address and the titles follow, and the tables leave 事业收入 out
        String tables = browser.awaitText("tables", text -> text.contains("（执行数，资金来源：一般公共预算拨款）"));
        assertThat(tables).doesNotContain("2080199");
        assertThat(browser.currentPath()).isEqualTo(YEAR + "/disclosure?basis=executed&fundSource="
                + Api.query("一般公共预算拨款").replace("+", "%20"));
        assertThat(browser.find("download").getAttribute("href")).endsWith("&format=xlsx");

        // and at a phone's width and on paper the tables are whole, without the choices
        browser.resize(390, 844);
        browser.screenshot("disclosure-phone");
        browser.resize(1400, 1000);
        browser.emulatePrint(true);
        assertThat(browser.script("return getComputedStyle(document.getElementById('disclosure-filters')).display")).isEqualTo("none");
        assertThat(browser.script("return getComputedStyle(document.querySelector('header.top')).display")).isEqualTo("none");
        browser.screenshot("disclosure-print");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void where_last_year_is_in_the_ledger_every_table_ends_with_last_years_figure_and_the_change() {
        // given a unit with 2024 and 2025 budgets: 100,000.00 then 123,456.00 on one line (10.00 and 12.35 万元)
        Line office = Line.of("2080150", "30201", "P714YOY");
        LedgerDriver lastYear = new LedgerDriver(app.accountant(), "714009", 2024);
        expect(lastYear.open("同比公开表单位", "714"), 201);
        expect(lastYear.allocate("批复-2024", office.approved("日常公用经费", "公用经费", "100000.00")), 201);
        LedgerDriver thisYear = app.books("714009");
        expect(thisYear.open("同比公开表单位", "714"), 201);
        expect(thisYear.allocate("批复-2025", office.approved("日常公用经费", "公用经费", "123456.00")), 201);
        app.awaitReadModels();

        // when a manager opens its public tables
        browser.signIn("manager", "manager");
        browser.open("/units/714009/years/2025/disclosure");
        browser.awaitText("tables", text -> text.contains("2080150"));

        // then the tables end with 上年 and 增减 (the change rounded from the exact sums: 2.3456 万元 is 2.35)
        WebElement functions = browser.find("expenditure-by-function");
        assertThat(functions.findElement(By.tagName("thead")).getText()).endsWith("上年 增减");
        assertThat(functions.findElement(By.cssSelector("tr.total")).getText()).endsWith("12.35 0.00 12.35 0.00 10.00 2.35");
        assertThat(browser.find("basic-by-economic").findElement(By.cssSelector("tr.total")).getText())
                .endsWith("12.35 0.00 12.35 10.00 2.35");
        assertThat(browser.find("year-on-year").getText()).contains("2024-12-31");
        browser.screenshot("disclosure-year-on-year");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_evaluation_prints_every_row_with_grouped_amounts_and_no_navigation() {
        browser.signIn("manager", "manager");
        browser.open(YEAR + "/evaluation");
        String scopes = browser.awaitText("scopes", text -> text.contains("系统运维"));
        assertThat(scopes).contains("1,020,000.00", "1,070,000.00", "304,691.34", "≥ 90 %", "≤ 2 次");
        browser.screenshot("evaluation");

        browser.emulatePrint(true);

        for (String hidden : List.of("header.top", ".unit-tabs", ".toolbar")) {
            assertThat(browser.script("return getComputedStyle(document.querySelector('" + hidden + "')).display"))
                    .as(hidden).isEqualTo("none");
        }
        // every indicator row is there, and its explanation wraps rather than running off the paper
        assertThat((Long) browser.script("return document.querySelectorAll('#scopes tbody tr').length")).isEqualTo(3L);
        assertThat(browser.script("return getComputedStyle(document.querySelector('#scopes td')).whiteSpace")).isEqualTo("normal");
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        browser.screenshot("evaluation-print");
        browser.emulatePrint(false);
        browser.resize(390, 844);
        browser.screenshot("evaluation-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void an_administrator_resets_a_password_and_the_user_signs_in_with_the_new_one() {
        // given a clerk of the unit
        expect(admin.post("/api/admin/users", """
                {"username":"clerk714","displayName":"公开表会计","password":"first-pass-1","role":"ACCOUNTANT","scope":["714001"]}"""), 201);
        browser.signIn("admin", "admin");
        browser.open("/admin/users");
        WebElement row = browser.find("users").findElements(By.cssSelector("tbody tr")).stream()
                .filter(candidate -> candidate.getText().startsWith("clerk714")).findFirst().orElseThrow();

        // when the administrator types two different passwords, then the dialog says so and nothing is sent
        row.findElement(By.xpath(".//button[text()='重置密码']")).click();
        assertThat(browser.find("password-title").getText()).isEqualTo("重置密码：clerk714（公开表会计）");
        browser.type("password-new", "second-pass-2");
        browser.type("password-again", "second-pass-3");
        browser.find("password-submit").click();
        assertThat(browser.awaitText("password-message", text -> !text.isEmpty())).isEqualTo("两次输入的新密码不一致");

        // when too short, then the server's rule answers in Chinese
        browser.type("password-new", "short");
        browser.type("password-again", "short");
        browser.find("password-submit").click();
        assertThat(browser.awaitText("password-message", text -> text.contains("8"))).contains("密码");
        browser.screenshot("password-reset");

        // when a good one, then the dialog closes and says it is done
        browser.type("password-new", "second-pass-2");
        browser.type("password-again", "second-pass-2");
        browser.find("password-submit").click();
        assertThat(browser.awaitText("users-message", text -> !text.isEmpty())).contains("已重置用户 clerk714 的密码");
        assertThat(browser.script("return document.getElementById('password-dialog').open")).isEqualTo(false);
        assertThat(browser.consoleErrors()).isEmpty();

        // and the clerk signs in with the new password, no longer with the old one
        assertThat(new Api(app.baseUrl(), "clerk714", "first-pass-1").get("/api/units/714001/years/2025").status()).isEqualTo(401);
        try (Browser clerk = new Browser(app.baseUrl())) {
            clerk.signIn("clerk714", "second-pass-2");
            clerk.open(YEAR);
            assertThat(clerk.awaitText("lines", text -> text.contains("30201"))).contains("100,000.00");
            assertThat(clerk.consoleErrors()).isEmpty();
        }
    }

    @Test
    void an_administrator_sees_a_dead_letter_retries_it_and_gives_it_up_after_confirming_with_a_reason() {
        // given a payment the read models cannot write (a payee holding U+0000), as an older version could store it
        LedgerDriver books = app.books(POISONED);
        expect(books.open("死信测试单位", "714"), 201);
        expect(books.allocate("批复-1", OFFICE.approved("日常公用经费", "公用经费", "1000.00")), 201);
        expect(books.pay(OFFICE.payment("D-1", "2025-03-10", "10.00")), 201);
        storePoisonedCopy("D-1", "D-POISON");
        browser.signIn("admin", "admin");
        browser.open("/admin/dead-letters");

        // then the list shows it, failed, with its cause
        String list = awaitListed(text -> text.contains(POISONED));
        assertThat(list).contains("PaymentRecordedEvent", "2025-03-10", "处理失败");
        browser.screenshot("dead-letters-listed");
        // and its long cause wraps, so the row's buttons stay on the screen
        assertThat((Boolean) browser.script("const buttons = [...document.querySelectorAll('#dead-letters tbody button')];"
                + "return buttons.length > 0 && buttons.every(button => button.getBoundingClientRect().right <= window.innerWidth)")).isTrue();

        // when retried before a repair, then it says it failed and the letter stays
        letterRow().findElement(By.xpath(".//button[text()='重试']")).click();
        assertThat(browser.awaitText("dead-letter-message", text -> !text.isEmpty())).startsWith("重试失败");
        assertThat(awaitListed(text -> text.contains(POISONED))).contains(POISONED);

        // when giving up is asked and the question is dismissed, then it stays
        letterRow().findElement(By.xpath(".//button[text()='放弃']")).click();
        assertThat(browser.answerDialog(false)).contains("请填写原因");
        assertThat(browser.find("dead-letters").getText()).contains(POISONED);

        // when confirmed with a reason, then it leaves the list, logged with the reason
        letterRow().findElement(By.xpath(".//button[text()='放弃']")).click();
        browser.answerPrompt("测试：错误录入");
        assertThat(browser.awaitText("dead-letter-message", text -> text.startsWith("已放弃"))).contains("记入日志");
        assertThat(awaitListed(text -> !text.contains(POISONED))).doesNotContain(POISONED);
        assertThat(app.bean(JdbcTemplate.class).queryForObject(
                "select reason from dead_letter_eviction where sequence_identifier like ?", String.class, "%" + POISONED + "%"))
                .isEqualTo("测试：错误录入");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void indicators_show_the_units_and_the_projects_targets_with_rates_and_the_count_on_charts_of_their_own() {
        browser.signIn("manager", "manager");
        browser.open(YEAR + "/indicators");

        // then the five indicators name the unit's own targets and the project's, and the count is a whole number
        String five = browser.awaitText("five", text -> text.contains("≥ 90 %"));
        assertThat(five).contains("系统运维 ≥ 80 %", "≤ 2 次", "1 次").doesNotContain("1.00 次");
        assertThat(browser.awaitText("targets", text -> text.contains("项目 系统运维（P714XT）")))
                .contains("单位整体", "预算执行率", "≥ 80 %");

        // and the rates share a labelled percent axis while 科目调整次数 has a chart of its own, in whole counts
        Map<?, ?> rates = chart("targets-chart");
        assertThat(String.valueOf(rates.get("yAxis"))).contains("\"name\":\"百分比（%）\"");
        assertThat(String.valueOf(rates.get("xAxis"))).contains("预算执行率", "运转保障率").doesNotContain("科目调整次数");
        Map<?, ?> count = chart("count-chart");
        assertThat(String.valueOf(count.get("yAxis"))).contains("科目调整次数").doesNotContain("预算执行率");
        assertThat(String.valueOf(count.get("xAxis"))).contains("\"name\":\"次数\"", "\"minInterval\":1");
        browser.screenshot("indicators-targets");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_page_says_it_is_loading_while_its_answers_are_on_their_way() {
        browser.signIn("manager", "manager");

        // when every answer takes two seconds
        browser.slowNetwork(2000);
        browser.open(YEAR + "/indicators");

        // then, before the figures come, the tables say so and the page is marked busy
        assertThat(browser.find("five").getText()).contains("加载中…");
        assertThat(browser.script("return document.body.classList.contains('busy')")).isEqualTo(true);
        browser.screenshot("indicators-loading");

        // and once they came, the figures replace it and the page is no longer busy
        browser.slowNetwork(0);
        assertThat(browser.awaitText("five", text -> text.contains("≥ 90 %"))).doesNotContain("加载中…");
        browser.awaitText(browser.find("warnings"), text -> !text.contains("加载中…"));
        assertThat(browser.script("return document.body.classList.contains('busy')")).isEqualTo(false);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private Map<?, ?> chart(String id) {
        return (Map<?, ?>) browser.script("const option = echarts.getInstanceByDom(document.getElementById('" + id + "')).getOption();"
                + "return {xAxis: JSON.stringify(option.xAxis), yAxis: JSON.stringify(option.yAxis)};");
    }

    private String awaitListed(java.util.function.Predicate<String> expected) {
        // the page shows the list as it was when opened: reload until the read model has answered
        for (int attempt = 0; attempt < 30; attempt++) {
            String text = browser.awaitText("dead-letters", listed -> !listed.contains("加载中…"));
            if (expected.test(text)) {
                return text;
            }
            sleep();
            browser.open("/admin/dead-letters");
        }
        throw new AssertionError("the dead-letter list never satisfied the expectation");
    }

    private WebElement letterRow() {
        return browser.find("dead-letters").findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains(POISONED)).findFirst().orElseThrow();
    }

    /** A copy of a stored payment under another voucher whose payee holds U+0000, which PostgreSQL text refuses. */
    private static void storePoisonedCopy(String voucher, String copiedVoucher) {
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        Map<String, Object> row = jdbc.queryForMap("""
                select * from domainevententry where payloadtype like '%PaymentRecordedEvent'
                and convert_from(payload, 'UTF8') like ? and aggregateidentifier like ?""",
                "%\"" + voucher + "\"%", "%" + POISONED + "%");
        String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8)
                .replace("\"" + voucher + "\"", "\"" + copiedVoucher + "\"")
                .replace("某科技有限公司", "某科技\\u0000有限公司");
        assertThat(payload).contains("\\u0000");
        jdbc.update("""
                insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                values (?, (select max(sequencenumber) + 1 from domainevententry where aggregateidentifier = ?), ?, ?, ?,
                        ?, ?, ?, ?)""",
                row.get("aggregateidentifier"), row.get("aggregateidentifier"), row.get("type"),
                UUID.randomUUID().toString(), row.get("metadata"), payload.getBytes(StandardCharsets.UTF_8),
                row.get("payloadrevision"), row.get("payloadtype"), row.get("timestamp"));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private static JsonNode last(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).reduce((first, second) -> second).orElseThrow();
    }

    private static String grouped(String amount) {
        return new DecimalFormat("#,##0.00").format(new BigDecimal(amount));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
