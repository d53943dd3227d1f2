package cn.budgetledger.app.web;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The journal pages (台账) in headless Chromium: listed, filtered, searched, sorted and paged by the server, the filter
 * in the address, exported whole, reached from a line, and a payment reversed from its row. Screenshots in
 * app/target/screenshots; no script error in the console.
 */
class JournalPagesBrowserTest {

    static final String YEAR = "/units/711002/years/2025";
    static final Line OFFICE = Line.of("2080150", "30201", "P711002A");
    static final Line SYSTEMS = Line.of("2080199", "30213", "P711002B");
    static final Line TO_REVERSE = Line.of("2080150", "30201", "P711003A");
    static final Line REVIEWED = Line.of("2080150", "30201", "P711004A");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    static LedgerDriver books;
    Browser browser;

    @BeforeAll
    static void twentyFourPaymentsARefusalAnAdjustmentAndAFreeze() {
        assumeTrue(Browser.isInstalled(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        books = app.books("711002");
        expect(books.open("台账测试单位", "711"), 201);
        expect(books.allocate("批复-1", OFFICE.approved("日常公用经费", "公用经费", "100000.00"),
                SYSTEMS.approved("信息系统运维", "特定目标类", "50000.00")), 201);
        for (int day = 1; day <= 22; day++) {
            expect(books.pay(OFFICE.payment(String.format("V-%02d", day), String.format("2025-01-%02d", day),
                    day * 100 + ".00", "文具店", "办公用品")), 201);
        }
        expect(books.pay(SYSTEMS.payment("Y-1", "2025-02-10", "8888.00", "云服务公司", "云主机")), 201);
        expect(books.pay(SYSTEMS.payment("Y-2", "2025-02-11", "66.00", "云服务公司", "域名")), 201);
        expect(books.pay(OFFICE.payment("R-1", "2025-03-01", "999999.00")), 422);
        expect(books.adjust("TJ-1", "调剂", "2025-03-05", "调入办公", OFFICE.entry("1000.00"), SYSTEMS.entry("-1000.00")), 201);
        expect(books.freeze(SYSTEMS.freeze("DJ-1", "2025-03-10", "2000.00", "合同", "运维合同")), 201);

        LedgerDriver reversing = app.books("711003");
        expect(reversing.open("冲销测试单位", "711"), 201);
        expect(reversing.allocate("批复-1", TO_REVERSE.approved("日常公用经费", "公用经费", "10000.00")), 201);
        expect(reversing.pay(TO_REVERSE.payment("V-1", "2025-03-01", "3000.00")), 201);
        expect(reversing.pay(TO_REVERSE.payment("V-2", "2025-03-02", "500.00")), 201);

        LedgerDriver reviewed = app.books("711004");
        expect(reviewed.open("审核冲销测试单位", "711"), 201);
        expect(reviewed.allocate("批复-1", REVIEWED.approved("日常公用经费", "公用经费", "10000.00")), 201);
        expect(reviewed.pay(REVIEWED.payment("V-1", "2025-03-01", "3000.00")), 201);
        expect(reviewed.as(app.as("admin")).requireReview(true), 201);
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

    @Test
    void the_payments_journal_is_filtered_searched_sorted_and_paged_by_the_server_with_the_filter_in_the_address() {
        // given an accountant on the unit's ledger, who opens its tab 台账
        browser.signIn("accountant", "accountant");
        browser.open(YEAR);
        browser.awaitText("lines", text -> text.contains("30213"));
        browser.clickLink("台账");

        // then the payments journal lists every payment, newest first, amounts right-aligned with separators
        assertThat(browser.awaitText("count", text -> !text.isEmpty())).isEqualTo("共 24 条");
        assertThat(browser.currentPath()).startsWith(YEAR + "/journal/payments");
        assertThat(vouchers().subList(0, 3)).containsExactly("Y-2", "Y-1", "V-22");
        assertThat(browser.find("journal").getText()).contains("8,888.00", "2,200.00", "云服务公司");
        assertThat(browser.script("return getComputedStyle(document.querySelector('#journal tbody td.num')).textAlign"))
                .isEqualTo("right");
        assertThat(browser.script("return document.getElementById('f-line').offsetParent")).as("no line filter shown").isNull();

        // when 20 a page: two pages; the next one holds the last four, and the back button returns
        new Select(browser.find("f-size")).selectByValue("20");
        browser.awaitText("page-of", text -> text.equals("第 1 / 2 页"));
        browser.find("page-next").click();
        browser.awaitText("page-of", text -> text.equals("第 2 / 2 页"));
        assertThat(vouchers()).containsExactly("V-04", "V-03", "V-02", "V-01");
        assertThat(browser.currentPath()).contains("size=20", "page=1");
        browser.script("history.back()");
        browser.awaitText("page-of", text -> text.equals("第 1 / 2 页"));

        // when the 金额 heading is clicked: the smallest first, across all pages; clicked again: the largest
        sortBy("amount");
        awaitVouchers(shown -> shown.size() == 20 && shown.get(1).equals("V-01"));
        assertThat(vouchers().get(0)).isEqualTo("Y-2");
        sortBy("amount");
        awaitVouchers(shown -> shown.get(0).equals("Y-1") && shown.get(1).equals("V-22"));
        assertThat(browser.currentPath()).contains("sort=-amount");
        browser.screenshot("journal-payments-sorted");

        // when searched by payee: the two payments to it, in the order asked
        browser.type("f-q", "云服务");
        browser.find("f-q").sendKeys(Keys.ENTER);
        browser.awaitText("count", text -> text.equals("共 2 条"));
        assertThat(vouchers()).containsExactly("Y-1", "Y-2");

        // then the CSV link exports that filter whole (UTF-8 with BOM), in the same order
        String csvLink = browser.find("export-csv").getAttribute("href");
        assertThat(csvLink).contains("format=csv", "sort=-amount", "q=").doesNotContain("page=");
        assertThat(browser.find("export-xlsx").getAttribute("href")).contains("format=xlsx");
        Api.Response csv = app.accountant().get(csvLink.substring(app.baseUrl().length()));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(Arrays.copyOf(csv.raw(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> rows = new String(csv.raw(), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("Y-1,");
        assertThat(rows.get(2)).startsWith("Y-2,");

        // when the filter is a project and a date range: what they hold
        browser.find("f-clear").click();
        browser.awaitText("count", text -> text.equals("共 24 条"));
        new Select(browser.find("f-project")).selectByValue("P711002A");
        browser.awaitText("count", text -> text.equals("共 22 条"));
        browser.setValue("f-from", "2025-01-10");
        browser.setValue("f-to", "2025-01-12");
        browser.awaitText("count", text -> text.equals("共 3 条"));
        assertThat(vouchers()).containsExactly("V-12", "V-11", "V-10");

        // and a search that finds nothing says so
        browser.type("f-q", "没有这张凭证");
        browser.find("f-apply").click();
        assertThat(browser.awaitText("journal", text -> text.contains("没有符合条件的记录"))).isNotEmpty();
        assertThat(browser.find("count").getText()).isEqualTo("共 0 条");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_bad_filter_in_the_address_shows_the_servers_message() {
        browser.signIn("accountant", "accountant");

        browser.open(YEAR + "/journal/payments?from=2025-05-01&to=2025-04-01");

        assertThat(browser.awaitText("journal-message", text -> !text.isEmpty()))
                .contains("起始日期 2025-05-01 晚于截止日期 2025-04-01", "DATE_RANGE_REVERSED");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_line_filters_every_journal_and_the_filter_is_removable() {
        // given a link to a line's payments, as the ledger's line history gives it
        browser.signIn("manager", "manager");
        browser.open(YEAR + "/journal/payments?line=" + books.lineId(SYSTEMS));

        // then the line is named by its project and codes, and only its payments are listed
        assertThat(browser.awaitText("f-line-label", text -> text.contains("P711002B")))
                .contains("信息系统运维", "2080199", "30213");
        browser.awaitText("count", text -> text.equals("共 2 条"));

        // when another journal is chosen: the same line's freezes, adjustments and (none) refusals
        browser.clickLink("冻结登记簿");
        browser.awaitText("count", text -> text.equals("共 1 条"));
        assertThat(browser.currentPath()).startsWith(YEAR + "/journal/freezes?line=");
        assertThat(browser.find("journal").getText()).contains("DJ-1", "2,000.00", "运维合同");
        browser.screenshot("journal-freezes-of-a-line");
        browser.clickLink("科目调整台账");
        assertThat(browser.awaitText("journal", text -> text.contains("TJ-1"))).contains("+1,000.00", "-1,000.00");
        browser.clickLink("拒付台账");
        assertThat(browser.awaitText("journal", text -> text.contains("没有符合条件的记录"))).isNotEmpty();

        // when the line is removed from the filter: the unit's refusal
        browser.find("f-line-remove").click();
        browser.awaitText("count", text -> text.equals("共 1 条"));
        assertThat(browser.currentPath()).doesNotContain("line=");
        assertThat(browser.find("journal").getText()).contains("R-1", "999,999.00");

        // and a manager reads the journals but is offered no reversal
        browser.clickLink("支付台账");
        browser.awaitText("count", text -> text.equals("共 24 条"));
        assertThat(browser.script("return document.querySelectorAll('#journal td.actions').length")).isEqualTo(0L);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_payment_is_reversed_from_its_row_and_its_line_gets_the_money_back() {
        // given an accountant on the payments journal of a unit whose V-1 paid 3000.00
        LedgerDriver reversing = app.books("711003");
        browser.signIn("accountant", "accountant");
        browser.open("/units/711003/years/2025/journal/payments");
        browser.awaitText("count", text -> text.equals("共 2 条"));

        // when 冲销 is chosen on V-1's row: the payment is shown, not typed
        reverseButton("V-1").click();
        assertThat(browser.find("rev-original").getText()).isEqualTo("V-1");
        assertThat(browser.find("rev-amount").getText()).isEqualTo("3,000.00");
        assertThat(browser.find("rev-line").getText()).contains("P711003A", "2080150", "30201");
        browser.type("rev-voucher", "HC-1");
        browser.type("rev-reason", "重复支付");
        browser.screenshot("journal-reversal-form");
        browser.find("rev-submit").click();

        // then it asks first; answered no, nothing is recorded
        assertThat(browser.answerDialog(false)).contains("确定冲销凭证 V-1", "3,000.00", "冲销记账后不能撤销");
        assertThat(reversing.paymentsJournal("status=" + Api.query("已冲销")).path("total").asLong()).isZero();

        // when confirmed
        browser.find("rev-submit").click();
        browser.answerDialog(true);

        // then the row reads 已冲销 by HC-1, offers no second reversal, and the line has the 3000.00 back
        assertThat(browser.awaitText("journal-message", text -> !text.isEmpty())).contains("已冲销凭证 V-1", "HC-1");
        assertThat(browser.awaitText(row("V-1"), text -> text.contains("已冲销"))).contains("HC-1");
        assertThat(row("V-1").findElements(By.tagName("button"))).isEmpty();
        JsonNode line = reversing.budget("2025-12-31").path("lines").get(0).path("figures");
        assertThat(line.path("executed").asText()).isEqualTo("500.00");
        assertThat(line.path("available").asText()).isEqualTo("9500.00");
        browser.screenshot("journal-reversed");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void in_a_year_that_reviews_a_reversal_from_the_journal_awaits_review() {
        browser.signIn("accountant", "accountant");
        browser.open("/units/711004/years/2025/journal/payments");
        browser.awaitText("count", text -> text.equals("共 1 条"));

        reverseButton("V-1").click();
        browser.type("rev-voucher", "HC-9");
        browser.find("rev-submit").click();
        browser.answerDialog(true);

        assertThat(browser.awaitText("journal-message", text -> !text.isEmpty())).contains("冲销已制单，待审核", "HC-9");
        assertThat(browser.awaitText(row("HC-9"), text -> text.contains("待审核"))).contains("冲销 V-1");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_journal_prints_its_table_without_the_navigation_and_fits_a_phone() {
        browser.signIn("accountant", "accountant");
        browser.open(YEAR + "/journal/payments?project=P711002B");
        browser.awaitText("count", text -> text.equals("共 2 条"));

        // when printed: the filter said in words and the table, no navigation, filters, pager or actions
        browser.emulatePrint(true);
        for (String hidden : new String[] {"header.top", ".unit-tabs", ".journal-kinds", "#filters", ".pager", "th.actions"}) {
            assertThat(browser.script("return getComputedStyle(document.querySelector('" + hidden + "')).display"))
                    .as(hidden).isEqualTo("none");
        }
        assertThat(browser.script("return getComputedStyle(document.querySelector('#filter-summary')).display")).isEqualTo("block");
        assertThat(browser.script("return document.querySelector('#filter-summary').innerText"))
                .isEqualTo("筛选：项目 P711002B。共 2 条");
        assertThat(browser.script("return getComputedStyle(document.querySelector('#journal')).display")).isEqualTo("table");
        browser.screenshot("journal-print");

        // and at a phone's width nothing but the table scrolls sideways
        browser.emulatePrint(false);
        browser.resize(390, 844);
        browser.open(YEAR + "/journal/payments");
        browser.awaitText("count", text -> text.equals("共 24 条"));
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
        assertThat((Long) browser.script("return Math.round(document.querySelector('header.top').getBoundingClientRect().height)"))
                .isLessThan(140L);
        browser.screenshot("journal-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void sortBy(String column) {
        browser.find("journal").findElement(By.cssSelector("th a[data-sort='" + column + "']")).click();
    }

    private org.openqa.selenium.WebElement row(String voucher) {
        return browser.find("journal").findElement(By.cssSelector("tbody tr[data-voucher='" + voucher + "']"));
    }

    private org.openqa.selenium.WebElement reverseButton(String voucher) {
        return row(voucher).findElement(By.tagName("button"));
    }

    @SuppressWarnings("unchecked")
    private List<String> vouchers() {
        return (List<String>) browser.script(
                "return [...document.querySelectorAll('#journal tbody tr')].map(row => row.dataset.voucher || '')");
    }

    /** Waits until the rows shown are as expected (the server answers a new order asynchronously). */
    private void awaitVouchers(Predicate<List<String>> expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!expected.test(vouchers())) {
            assertThat(Instant.now()).as("rows shown: %s", vouchers()).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
