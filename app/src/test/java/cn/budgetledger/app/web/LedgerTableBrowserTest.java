package cn.budgetledger.app.web;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.CloseYearRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ledger table, a line's history and the entry of a run of payments (issue 17) in headless Chromium, as an
 * accountant uses them, with no script error in the console; screenshots in app/target/screenshots.
 */
class LedgerTableBrowserTest {

    static final Line SUPPLIES = Line.of("2080150", "30201", "P712A");
    static final Line TRAVEL = Line.of("2080150", "30211", "P712A");
    static final Line EQUIPMENT = Line.of("2080199", "31002", "P712B");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    Browser browser;

    @BeforeAll
    static void books() {
        assumeTrue(Browser.isInstalled(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        // 712005: two projects, a payment and a refusal
        LedgerDriver table = new LedgerDriver(app.accountant(), "712005");
        expect(table.open("台账页面测试712005", "712"), 201);
        expect(table.allocate("批复-1", SUPPLIES.approved("日常公用经费", "公用经费", "123456.78"),
                TRAVEL.approved("日常公用经费", "公用经费", "200000.55"),
                EQUIPMENT.approved("信息化建设", "特定目标类", "1500000.10")), 201);
        expect(table.pay(SUPPLIES.payment("V-0001", "2025-03-01", "23456.79")), 201);
        expect(table.pay(SUPPLIES.payment("V-0002", "2025-03-02", "888888.00")), 422);
        // 712006: a project line carried into 2026
        LedgerDriver closed = new LedgerDriver(app.accountant(), "712006");
        expect(closed.open("台账页面测试712006", "712"), 201);
        expect(closed.allocate("批复-1", EQUIPMENT.approved("信息化建设", "特定目标类", "5000.00")), 201);
        expect(closed.pay(EQUIPMENT.payment("V-0001", "2025-05-01", "1200.00")), 201);
        expect(closed.close(new CloseYearRequest(null)), 201);
        // 712007: a year to enter payments into
        LedgerDriver entry = new LedgerDriver(app.accountant(), "712007");
        expect(entry.open("台账页面测试712007", "712"), 201);
        expect(entry.allocate("批复-1", SUPPLIES.approved("日常公用经费", "公用经费", "10000.00"),
                TRAVEL.approved("日常公用经费", "公用经费", "20000.00"),
                EQUIPMENT.approved("信息化建设", "特定目标类", "30000.00")), 201);
        app.awaitReadModels();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(app.baseUrl());
        browser.signIn("accountant", "accountant");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void the_table_names_subjects_sums_projects_sorts_switches_to_wan_yuan_and_exports_what_it_shows() {
        // given the ledger of 712005 as of the year end
        browser.open("/units/712005/years/2025");
        browser.setValue("as-of", "2025-12-31");
        String table = browser.awaitText("lines", text -> text.contains("合计") && text.contains("事业运行"));

        // then subjects are named with their codes (a long name wraps under its code), each project has its 小计 and
        // the whole its 合计, exactly
        assertThat(table.replaceAll("(\\d{5,7})\\s+", "$1 ")).contains("2080150 事业运行", "30201 办公费", "31002 办公设备购置",
                "小计：日常公用经费（P712A）", "323,457.33", "300,000.54", "1,823,457.43", "1,800,000.64");
        browser.screenshot("ledger-table");

        // when sorted by 可用余额, largest first (two clicks on its header)
        browser.element("#lines th[data-sort=available]").click();
        browser.element("#lines th.sorted[data-sort=available][data-order=asc]");
        browser.element("#lines th[data-sort=available]").click();
        browser.element("#lines th.sorted[data-sort=available][data-order=desc]");
        table = browser.awaitText("lines", text -> text.indexOf("差旅费") < text.indexOf("办公费"));

        // then the project with the larger 小计 comes first, and each 小计 stays under its own lines
        assertThat(table.indexOf("办公设备购置")).isLessThan(table.indexOf("小计：信息化建设"));
        assertThat(table.indexOf("小计：信息化建设")).isLessThan(table.indexOf("差旅费"));
        assertThat(table.indexOf("办公费")).isLessThan(table.indexOf("小计：日常公用经费"));

        // when shown in 万元
        new Select(browser.find("scale")).selectByValue("wan");
        table = browser.awaitText("lines", text -> text.contains("182.35"));

        // then every figure is in 万元 to two decimals, and the header says so
        assertThat(table).contains("32.35", "180.00").doesNotContain("1,823,457.43");
        assertThat(browser.find("table-unit").getText()).contains("万元");

        // and the export link answers that table: same order, same unit, 小计 and 合计 included
        String href = browser.find("export-csv").getAttribute("href");
        String csv = new String(expect(app.accountant().get(href.substring(app.baseUrl().length())), 200).raw(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF行,项目编码").contains("可用余额（万元）")
                .containsSubsequence("指标,P712B", "小计,P712B", "30211,差旅费", "30201,办公费", "小计,P712A",
                        "合计,,,,,,,,,182.35,182.35,2.35,0.00,0.00,180.00,1.29");

        // and it prints every row without the toolbar, and fits a phone
        browser.emulatePrint(true);
        assertThat(browser.script("return getComputedStyle(document.querySelector('.toolbar')).display")).isEqualTo("none");
        browser.screenshot("ledger-table-print");
        browser.emulatePrint(false);
        browser.resize(390, 844);
        browser.open("/units/712005/years/2025");
        browser.awaitText("lines", text -> text.contains("合计"));
        assertThat((Long) browser.script("return Math.round(document.querySelector('header.top').getBoundingClientRect().height)"))
                .isLessThan(140L);
        browser.screenshot("ledger-table-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_lines_history_shows_its_running_balance_a_refusal_apart_and_links_to_its_journals() {
        // given the ledger of 712005
        browser.open("/units/712005/years/2025");
        browser.awaitText("lines", text -> text.contains("办公费"));

        // when the line of 办公费 is clicked
        browser.element("#lines tbody tr.clickable").click();
        String history = browser.awaitText("history-events", text -> text.contains("拒付"));

        // then each row shows the balance after it; the refusal is in its own column and moves nothing
        assertThat(history).containsSubsequence("年初预算", "123,456.78", "123,456.78",
                "支付", "23,456.79", "99,999.99", "拒付", "888,888.00", "99,999.99");
        assertThat(browser.element("#history-events tr:nth-child(3) td.refused-cell").getText()).isEqualTo("888,888.00");
        assertThat(browser.element("#history-events tr:nth-child(3) td.balance-cell").getText()).isEqualTo("99,999.99");
        // and the line's journals are a click away
        assertThat(browser.find("journal-payments").getAttribute("href"))
                .contains("/units/712005/years/2025/journal/payments?line=");
        assertThat(browser.find("journal-refusals").getAttribute("href")).contains("/journal/refusals?line=");
        browser.screenshot("line-history");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_carry_forward_shows_in_the_closing_years_history_and_opens_the_next_years() {
        browser.open("/units/712006/years/2025");
        browser.awaitText("lines", text -> text.contains("办公设备购置"));
        browser.element("#lines tbody tr.clickable").click();
        assertThat(browser.awaitText("history-events", text -> text.contains("结转到下年")))
                .containsSubsequence("结转到下年", "3,800.00", "0.00");

        browser.open("/units/712006/years/2026");
        browser.awaitText("lines", text -> text.contains("办公设备购置"));
        browser.element("#lines tbody tr.clickable").click();
        browser.awaitText("history-events", text -> text.contains("上年结转"));
        assertThat(browser.element("#history-events tr:first-child").getText()).startsWith("2026-01-01 上年结转")
                .contains("3,800.00");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_line_is_found_by_its_subjects_name_and_a_run_of_payments_is_entered_from_the_keyboard_alone() {
        // given the payments page of 712007
        browser.open("/units/712007/years/2025/payments");
        browser.find("pay-search").click();

        // when a subject's name is typed, the one match is picked with Enter
        browser.keys("差旅");
        assertThat(browser.awaitText("pay-search-matches", text -> text.contains("30211")))
                .contains("差旅费", "可用 20,000.00").doesNotContain("办公费");
        browser.keys(Keys.ENTER);

        // then the line is chosen, its balance shown, and the voucher is next
        assertThat(new Select(browser.find("pay-subject")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("2080150 / 30211");
        assertThat(browser.find("pay-available").getText()).isEqualTo("20,000.00");
        assertThat(browser.focusedId()).isEqualTo("pay-voucher");

        // when two payments are typed, Enter after each field, the second on the voucher proposed
        browser.keys("KB-0009", Keys.ENTER, Keys.ENTER, "100.00", Keys.ENTER, "某公司", Keys.ENTER, "差旅费", Keys.ENTER);
        browser.awaitText("session-rows", text -> text.contains("KB-0009"));
        assertThat(browser.find("pay-voucher").getAttribute("value")).isEqualTo("KB-0010");
        assertThat(browser.focusedId()).isEqualTo("pay-voucher");
        browser.keys(Keys.ENTER, Keys.ENTER, "250.50", Keys.ENTER, Keys.ENTER, Keys.ENTER);
        String entered = browser.awaitText("session-rows", text -> text.contains("KB-0010"));

        // then both are paid from that line and listed, the newest first
        assertThat(entered).containsSubsequence("KB-0010", "250.50", "已支付", "19,649.50", "KB-0009", "100.00", "已支付");
        assertThat(browser.find("pay-amount").getAttribute("value")).isEmpty();
        app.awaitReadModels();
        assertThat(new LedgerDriver(app.accountant(), "712007").paymentsJournal("q=" + Api.query("KB-00"))
                .path("total").asInt()).isEqualTo(2);
        browser.screenshot("payments-keyboard-run");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
