package cn.budgetledger.app.web;

import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.AllocationRequest;
import cn.budgetledger.command.web.CloseYearRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The working ledger's pages (issue 17) in headless Chromium: what a manager and an accountant see, with no script
 * error in the console. Skipped where Debian's chromium and chromium-driver are not installed; screenshots are left
 * in app/target/screenshots.
 */
class WorkingLedgerBrowserTest {

    static final Line OFFICE = Line.of("2080150", "30201", "P702GY");

    static LedgerApp app;
    Browser browser;

    @BeforeAll
    static void twoUnitsOfOneDepartment() {
        assumeTrue(Browser.isInstalled(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        app = LedgerApp.start();
        for (String unit : new String[] {"702001", "702002"}) {
            LedgerDriver books = new LedgerDriver(app.accountant(), unit);
            expect(books.open("测试单位" + unit, "702"), 201);
            expect(books.allocate("批复-1", OFFICE.approved("日常公用经费", "公用经费", "100000.00")), 201);
            expect(books.pay(OFFICE.payment("V-1", "2025-03-01", unit.endsWith("1") ? "1000.00" : "60000.00")), 201);
        }
        LedgerDriver many = new LedgerDriver(app.accountant(), "702004");
        expect(many.open("测试单位702004", "702"), 201);
        AllocationRequest.Line[] lines = new AllocationRequest.Line[40];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = Line.of("2080150", "302" + String.format("%02d", i + 1), "P702004").approved("日常公用经费", "公用经费", "100.00");
        }
        expect(many.allocate("批复-1", lines), 201);
        LedgerDriver closed = new LedgerDriver(app.accountant(), "702003");
        expect(closed.open("测试单位702003", "702"), 201);
        expect(closed.allocate("批复-1", OFFICE.approved("日常公用经费", "公用经费", "100.00")), 201);
        expect(closed.close(new CloseYearRequest(null)), 201);
        app.awaitReadModels();
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
    void a_manager_sees_every_unit_side_by_side_grouped_by_department_and_drills_down() {
        // given a manager signed in
        browser.signIn("manager", "manager");

        // when the home page shows 2025 (the latest year is 2026, opened by 702003's closing) as of its year end
        new Select(browser.find("overview-year")).selectByValue("2025");
        browser.setValue("overview-as-of", "2025-12-31");
        String overview = browser.awaitText("overview-table", text -> text.contains("主管部门 702"));

        // then the department's subtotal sums its four units, its rate from those sums (61000 / 204100), each
        // unit's row shows its figures and its warnings (the unit, its project and its line lag behind 序时进度)
        assertThat(overview).contains("主管部门 702（4 个单位）小计", "204,100.00", "61,000.00", "143,100.00", "29.89%")
                .contains("测试单位702001（702001）", "1.00%", "测试单位702002（702002）", "60.00%");
        assertThat(browser.awaitText("overview-table", text -> text.contains("红"))).contains("红 3");
        browser.screenshot("manager-home");

        // and a unit's name opens its ledger
        browser.clickLink("测试单位702001（702001）");
        assertThat(browser.awaitText("lines", text -> text.contains("30201"))).contains("100,000.00");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_closed_year_says_so_on_its_pages_and_its_forms_are_disabled() {
        // given an accountant, and unit 702003 whose 2025 is closed
        browser.signIn("accountant", "accountant");

        // then its card says the year is closed and the unit read-only
        assertThat(browser.awaitText("units", text -> text.contains("测试单位702003")))
                .contains("2025 年度（已结转）");

        // and its payments page shows the banner with the entry form disabled, before anything is typed
        browser.open("/units/702003/years/2025/payments");
        assertThat(browser.find("closed-banner").getText()).contains("本年度已于 2025-12-31 年终结转");
        assertThat(browser.find("pay-submit").isEnabled()).isFalse();
        browser.screenshot("closed-year");
        // while an open year's form is not
        browser.open("/units/702001/years/2025/payments");
        assertThat(browser.find("pay-submit").isEnabled()).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_ledger_prints_every_row_without_the_navigation_and_fits_a_phone() {
        // given a year of 40 lines, more than the screen's scrolling table shows
        browser.signIn("accountant", "accountant");
        browser.open("/units/702004/years/2025");
        browser.awaitText("count", text -> text.contains("40"));

        // when it is printed
        browser.emulatePrint(true);

        // then the table is not cut at the screen's height and neither the header nor the tabs print
        assertThat(browser.script("return getComputedStyle(document.querySelector('#lines').closest('.table-wrap')).maxHeight"))
                .isEqualTo("none");
        assertThat(browser.script("return getComputedStyle(document.querySelector('header.top')).display")).isEqualTo("none");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.unit-tabs')).display")).isEqualTo("none");
        browser.screenshot("ledger-print");

        // and at a phone's width the header wraps by word, not a character per line
        browser.emulatePrint(false);
        browser.resize(390, 844);
        browser.open("/units/702004/years/2025");
        browser.awaitText("count", text -> text.contains("40"));
        assertThat((Long) browser.script("return Math.round(document.querySelector('header.top').getBoundingClientRect().height)"))
                .isLessThan(140L);
        browser.screenshot("ledger-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_import_page_lists_the_chosen_files_columns_and_offers_its_template() {
        browser.signIn("accountant", "accountant");
        browser.open("/imports");

        new Select(browser.find("import-kind")).selectByValue("freezes");

        assertThat(browser.awaitText("import-columns", text -> text.contains("冻结单号")))
                .contains("必填列：", "冻结金额", "冻结类型");
        assertThat(browser.find("import-template").getAttribute("href")).endsWith("/api/imports/freezes/template");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void more_than_the_balance_is_confirmed_before_it_is_sent() {
        browser.signIn("accountant", "accountant");
        browser.open("/units/702001/years/2025/payments");
        browser.awaitText("pay-available", text -> !text.equals("—"));

        // when a typo asks for more than the line has, and the question is answered no
        browser.type("pay-voucher", "WEB-TYPO");
        browser.type("pay-amount", "990,000.00");
        browser.find("pay-submit").click();
        String question = browser.answerDialog(false);

        // then it said why, and nothing was sent: no refusal stands
        assertThat(question).contains("990,000.00", "99,000.00", "拒付");
        assertThat(app.accountant().get("/api/units/702001/years/2025/refusals").body().path("total").asLong()).isZero();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_user_without_the_right_lands_on_a_page_with_a_way_back_and_the_icon_is_served() throws Exception {
        // given a manager, who may read but not record
        browser.signIn("manager", "manager");

        // when the manager opens the import page, which is for accountants
        browser.open("/imports");

        // then the 403 page has the header (with sign-out) and a way back to the units
        assertThat(browser.pageText()).contains("无权访问", "退出", "返回我的单位");
        browser.screenshot("forbidden");
        browser.open("/");
        browser.awaitText("units", text -> text.contains("测试单位702001"));
        assertThat(browser.consoleErrors()).isEmpty();
        // and the browser's request for the icon is answered (a 404 on every page was issue 17's)
        assertThat(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(app.baseUrl() + "/favicon.ico")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }
}
