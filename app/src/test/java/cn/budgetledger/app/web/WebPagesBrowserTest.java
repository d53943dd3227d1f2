package cn.budgetledger.app.web;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages end to end in headless Chromium, as finance staff use them. Skipped where Debian's chromium and
 * chromium-driver are not installed. Each page's screenshot is left in app/target/screenshots.
 */
class WebPagesBrowserTest {

    static final String UNIT = "701001";
    static final String YEAR = "/units/" + UNIT + "/years/2025";
    static final String PROJECT = "P701GY";

    static LedgerApp app;
    Browser browser;

    @BeforeAll
    static void startWithOneUnit() {
        assumeTrue(Browser.isInstalled(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        app = LedgerApp.start();
        LedgerDriver books = new LedgerDriver(app.accountant(), UNIT);
        expect(books.open("测试信息中心", "701"), 201);
        expect(books.allocate("批复-1", Line.of("2080150", "30201", PROJECT).approved("日常公用经费", "公用经费", "1000.00"),
                Line.of("2080150", "30205", PROJECT).approved("日常公用经费", "公用经费", "500.00")), 201);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(app.baseUrl());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void an_accountant_signs_in_and_sees_their_unit() {
        browser.signIn("accountant", "accountant");

        assertThat(browser.awaitText("units", text -> text.contains("测试信息中心"))).contains("2025 年度");
        browser.screenshot("home");
        browser.open(YEAR);
        assertThat(browser.awaitText("lines", text -> text.contains("30205"))).contains("1,000.00");
        browser.screenshot("ledger");

        browser.find("lines").findElement(By.cssSelector("tbody tr")).click();

        assertThat(browser.awaitText("history-events", text -> text.contains("年初预算")))
                .contains("批复-1").contains("accountant");
        browser.screenshot("line-history");
    }

    @Test
    void a_wrong_password_is_told_on_the_sign_in_page() {
        browser.signIn("accountant", "not-the-password");

        assertThat(browser.currentPath()).isEqualTo("/login?error");
        assertThat(browser.pageText()).contains("用户名或密码不正确");
        browser.screenshot("login-error");
    }

    @Test
    void a_payment_lowers_the_available_balance_shown_before_submitting() {
        browser.signIn("accountant", "accountant");
        browser.open(YEAR + "/payments");
        BigDecimal before = yuan(browser.awaitText("pay-available", text -> !text.equals("—")));

        browser.type("pay-voucher", "WEB-001");
        browser.type("pay-amount", "100.00");
        browser.type("pay-payee", "某文具店");
        browser.find("pay-submit").click();

        assertThat(browser.awaitText("pay-message", text -> !text.isEmpty())).contains("已登记支付 100.00 元");
        assertThat(yuan(browser.awaitText("pay-available", text -> !yuan(text).equals(before))))
                .isEqualByComparingTo(before.subtract(new BigDecimal("100.00")));
        browser.screenshot("payment-recorded");
    }

    @Test
    void a_payment_beyond_the_balance_is_refused_next_to_the_form() {
        browser.signIn("accountant", "accountant");
        browser.open(YEAR + "/payments");
        browser.awaitText("pay-available", text -> !text.equals("—"));

        browser.type("pay-voucher", "WEB-002");
        browser.type("pay-amount", "999,999.00");
        browser.find("pay-submit").click();
        assertThat(browser.answerDialog(true)).contains("超过该指标可用余额", "拒付");

        String refusal = browser.awaitText("pay-message", text -> !text.isEmpty());
        assertThat(refusal).contains("拒付").contains("超过指标可用余额").contains("PAYMENT_REFUSED");
        assertThat(browser.find("pay-message").getAttribute("class")).contains("bad");
        browser.screenshot("payment-refused");
    }

    @Test
    void a_reallocation_is_submitted_only_when_it_nets_to_zero() {
        browser.signIn("accountant", "accountant");
        browser.open(YEAR + "/adjustments");
        // the page starts with two entries, added one after the other once the lines are read
        var rows = await().atMost(Duration.ofSeconds(30)).until(
                () -> browser.find("entries").findElements(By.cssSelector("tbody tr")), found -> found.size() == 2);
        new Select(rows.get(1).findElement(By.tagName("select")))
                .selectByIndex(1);
        browser.type("adj-number", "TZ-WEB-1");
        rows.get(0).findElement(By.className("entry-amount")).sendKeys("-200.00");
        rows.get(1).findElement(By.className("entry-amount")).sendKeys("150.00");

        assertThat(browser.awaitText("sum-check", text -> text.contains("差"))).contains("合计须为 0");
        assertThat(browser.find("adj-submit").isEnabled()).isFalse();

        WebElement second = rows.get(1).findElement(By.className("entry-amount"));
        second.clear();
        second.sendKeys("200.00");
        browser.awaitText("sum-check", text -> text.equals("合计检查通过"));
        browser.find("adj-submit").click();

        assertThat(browser.awaitText("adj-message", text -> !text.isEmpty())).contains("已登记调整单 TZ-WEB-1");
        browser.screenshot("adjustment");
    }

    @Test
    void an_import_with_bad_rows_lists_every_one_and_records_nothing(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("payments.csv");
        Files.writeString(file, "单位代码,年度,凭证号,支付日期,功能科目编码,经济科目编码,项目编码,资金来源,金额\n"
                + UNIT + ",2025,IMP-1,2025-03-01,2080150,30201," + PROJECT + "," + Line.FISCAL + ",10.00\n"
                + UNIT + ",2025,IMP-2,2025-03-01,2080150,30201," + PROJECT + "," + Line.FISCAL + ",十元\n"
                + UNIT + ",2025,IMP-3,2024-12-31,2080150,30201," + PROJECT + "," + Line.FISCAL + ",10.00\n",
                StandardCharsets.UTF_8);
        browser.signIn("accountant", "accountant");
        browser.open("/imports");

        new Select(browser.find("import-kind")).selectByValue("payments");
        browser.chooseFile("import-file", file);
        browser.find("import-submit").click();

        assertThat(browser.awaitText("import-message", text -> !text.isEmpty())).contains("未记账任何一行");
        String errors = browser.awaitText("import-errors", text -> text.contains("金额"));
        assertThat(errors).contains("3 金额").contains("4 支付日期").contains("不在 2025 年度内");
        assertThat(errors).doesNotContain("\n2 ");
        assertThat(app.accountant().get("/api" + YEAR).body().path("totals").path("executed").asText())
                .doesNotContain("10.00");
        browser.screenshot("import-rejected");
    }

    @Test
    void a_leader_reads_but_cannot_open_the_payment_form() {
        browser.signIn("manager", "manager");
        browser.open(YEAR);
        browser.awaitText("lines", text -> text.contains("30201"));

        browser.open(YEAR + "/payments");

        assertThat(browser.pageText()).contains("无权访问");
    }

    @Test
    void an_accountant_enters_a_lines_monthly_plan_and_the_indicators_page_charts_it() {
        browser.signIn("accountant", "accountant");
        browser.open(YEAR + "/spending-plans");
        browser.awaitText("plan-adjusted", text -> !text.equals("—"));
        new Select(browser.find("plan-subject")).selectByValue("2080150 / 30205");
        browser.awaitText("plan-adjusted", text -> text.equals("500.00"));

        browser.type("plan-month-3", "100.00");
        browser.type("plan-month-6", "150.00");
        browser.find("plan-submit").click();

        assertThat(browser.awaitText("plan-message", text -> !text.isEmpty())).contains("已保存用款计划，全年合计 250.00 元");
        assertThat(browser.awaitText("plan-revisions", text -> text.contains("第 1 次"))).contains("250.00");
        assertThat(browser.find("plan-figures").getText()).contains("6 月");
        browser.screenshot("spending-plan");

        browser.open(YEAR + "/indicators");
        assertThat(browser.awaitText("plan-scope", text -> text.contains("30205"))).contains("单位合计");
        assertThat(browser.find("plan-chart").findElements(By.tagName("canvas"))).isNotEmpty();
        browser.screenshot("indicators-spending-plan");
    }

    @Test
    void the_indicator_and_evaluation_pages_show_their_figures() {
        browser.signIn("manager", "manager");
        browser.open(YEAR + "/indicators");
        assertThat(browser.awaitText("five", text -> text.contains("预算执行率"))).contains("科目调整次数");
        assertThat(browser.find("progress-chart").findElements(By.tagName("canvas"))).isNotEmpty();
        browser.screenshot("indicators");

        browser.open(YEAR + "/evaluation");
        assertThat(browser.awaitText("scopes", text -> text.contains("整体支出"))).contains("预算执行率");
        assertThat(browser.find("download").getAttribute("href")).endsWith("/evaluation?format=xlsx");
        browser.screenshot("evaluation");
    }

    @Test
    void an_administrator_creates_an_accountant_for_one_unit() {
        browser.signIn("admin", "admin");
        assertThat(browser.awaitText("units", text -> text.contains(UNIT))).contains("701");

        browser.type("new-username", "wangwu");
        browser.type("new-name", "王五");
        browser.type("new-password", "password-1");
        browser.type("new-scope", UNIT);
        browser.find("user-form").submit();

        assertThat(browser.awaitText("user-message", text -> !text.isEmpty())).contains("已创建用户 wangwu（会计）");
        assertThat(browser.awaitText("users", text -> text.contains("wangwu"))).contains("王五");
        assertThat(browser.currentPath()).isEqualTo("/admin/users");
        browser.screenshot("users");
        assertThat(new Api(app.baseUrl(), "wangwu", "password-1").get("/api" + YEAR).status()).isEqualTo(200);
    }

    @Test
    void an_administrator_sees_the_read_models_dead_letters() {
        browser.signIn("admin", "admin");
        browser.open("/admin/dead-letters");

        assertThat(browser.awaitText("dead-letters", text -> text.contains("没有死信"))).contains("读模型已处理全部事件");
        assertThat(browser.currentPath()).isEqualTo("/admin/dead-letters");
        browser.screenshot("dead-letters");
    }

    private static BigDecimal yuan(String shown) {
        return new BigDecimal(shown.replace(",", ""));
    }

    /** 制单 → 审核 → 记账: the accountant enters over the API, the reviewer approves and returns on the page. */
    @Test
    void a_reviewer_approves_and_returns_entries_on_the_review_page() {
        LedgerDriver books = new LedgerDriver(app.accountant(), "701002");
        Line office = Line.of("2080150", "30201", "P701002GY");
        expect(books.open(new cn.budgetledger.command.web.OpenYearRequest("审核测试中心", "701", true)), 201);
        expect(books.allocate("批复-2", office.approved("日常公用经费", "公用经费", "1000.00")), 201);
        for (String[] entry : new String[][] {{"SH-1", "100.00"}, {"SH-2", "200.00"}, {"SH-3", "300.00"}, {"SH-4", "50.00"}}) {
            expect(books.pay(office.payment(entry[0], "2025-03-10", entry[1], "某公司", "办公用品")), 202);
        }
        app.awaitReadModels();
        browser.signIn("reviewer", "reviewer");
        browser.open("/units/701002/years/2025/review");
        assertThat(browser.awaitText("count", text -> text.contains("4"))).contains("待审核 4 笔");

        // one approved, one returned with its reason
        row("SH-1").findElement(By.cssSelector("button.approve")).click();
        assertThat(awaitOutcome("SH-1")).contains("已通过");
        row("SH-2").findElement(By.cssSelector("input.reason")).sendKeys("附件不全");
        row("SH-2").findElement(By.cssSelector("button.return")).click();
        assertThat(awaitOutcome("SH-2")).contains("已退回：附件不全");
        // a bulk approval checks each one: SH-4 was returned by someone else meanwhile
        expect(books.as(app.as("reviewer")).returnEntry("SH-4", "重复制单"), 200);
        row("SH-3").findElement(By.cssSelector("input.pick")).click();
        row("SH-4").findElement(By.cssSelector("input.pick")).click();
        browser.find("approve-selected").click();

        assertThat(awaitOutcome("SH-3")).contains("已通过");
        assertThat(awaitOutcome("SH-4")).contains("ENTRY_NOT_AWAITING_REVIEW");
        assertThat(row("SH-4").findElement(By.cssSelector(".outcome")).getAttribute("class")).contains("bad");
        browser.screenshot("review");
        app.awaitReadModels();
        assertThat(books.lines().get(0).path("figures").path("executed").asText()).isEqualTo("400.00");
        assertThat(books.paymentsJournal("status=" + Api.query("已退回")).path("total").asInt()).isEqualTo(2);
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }

    private WebElement row(String voucher) {
        return browser.find("entries").findElement(By.cssSelector("tr[data-voucher='" + voucher + "']"));
    }

    private String awaitOutcome(String voucher) {
        return browser.awaitText(row(voucher).findElement(By.cssSelector(".outcome")), text -> !text.isEmpty());
    }
}
