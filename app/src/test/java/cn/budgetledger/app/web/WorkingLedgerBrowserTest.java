package cn.budgetledger.app.web;

import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

        // when the home page has loaded the year's overview as of the year end
        browser.setValue("overview-as-of", "2025-12-31");
        String overview = browser.awaitText("overview-table", text -> text.contains("主管部门 702"));

        // then the department's subtotal sums its two units, each unit's row shows its figures and its warnings (the
        // unit, its project and its line lag behind 序时进度: three red)
        assertThat(overview).contains("主管部门 702（2 个单位）小计", "200,000.00", "61,000.00", "139,000.00", "30.50%")
                .contains("测试单位702001（702001）", "1.00%", "测试单位702002（702002）", "60.00%");
        assertThat(browser.awaitText("overview-table", text -> text.contains("红"))).contains("红 3");
        browser.screenshot("manager-home");

        // and a unit's name opens its ledger
        browser.clickLink("测试单位702001（702001）");
        assertThat(browser.awaitText("lines", text -> text.contains("30201"))).contains("100,000.00");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_user_without_the_right_lands_on_a_page_with_a_way_back_and_no_page_loads_a_missing_favicon() {
        // given a manager, who may read but not record
        browser.signIn("manager", "manager");

        // when the manager opens the import page, which is for accountants
        browser.open("/imports");

        // then the 403 page has the header (with sign-out) and a way back to the units
        assertThat(browser.pageText()).contains("无权访问", "退出", "返回我的单位");
        browser.screenshot("forbidden");
        assertThat(browser.consoleErrors()).as("the page's own answer is the only error").hasSize(1).allMatch(
                error -> error.contains("/imports") && error.contains("403"));
        browser.open("/");
        browser.awaitText("units", text -> text.contains("测试单位702001"));
        assertThat(browser.consoleErrors()).as("a 404 of /favicon.ico is logged as an error").isEmpty();
    }
}
