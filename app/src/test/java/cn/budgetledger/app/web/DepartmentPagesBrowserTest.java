package cn.budgetledger.app.web;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The department as a level in the pages (issue 18): the department page (its units summed, each unit, last year
 * beside this year), the manager home grouping units under their department with a link to it, and a unit's
 * indicators page drawing last year's line beside this year's. Headless Chromium, on the shared application.
 */
class DepartmentPagesBrowserTest {

    static final Line OFFICE = Line.of("2080150", "30201", "P726GY");
    static final String LEADER = "lead726";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    Browser browser;

    /**
     * Department 726: 726001 spends 40 000 of 100 000 in 2024 and 20 000 of 100 000 in 2025; 726002 100 000 of 200 000
     * in 2024 and 90 000 of 300 000 in 2025 (all before June). 727001 has 2025 only. A leader reads department 726.
     */
    @BeforeAll
    static void aDepartmentOfTwoUnitsOverTwoYears() {
        assumeTrue(Browser.isInstalled(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        Api accountant = app.accountant();
        record Year(String unit, int year, String budget, String date, String paid) {
        }
        for (Year year : List.of(new Year("726001", 2024, "100000.00", "2024-03-01", "40000.00"),
                new Year("726001", 2025, "100000.00", "2025-03-01", "20000.00"),
                new Year("726002", 2024, "200000.00", "2024-02-01", "100000.00"),
                new Year("726002", 2025, "300000.00", "2025-02-10", "90000.00"),
                new Year("727001", 2025, "50000.00", "2025-02-01", "5000.00"))) {
            LedgerDriver books = new LedgerDriver(accountant, year.unit(), year.year());
            expect(books.open("部门页测试单位" + year.unit(), year.unit().substring(0, 3)), 201);
            expect(books.allocate("批复-" + year.year(), OFFICE.approved("日常公用经费", "公用经费", year.budget())), 201);
            expect(books.pay(OFFICE.payment("V-1", year.date(), year.paid())), 201);
        }
        expect(app.as("admin").post("/api/admin/users", """
                {"username":"%s","displayName":"部门领导","password":"leader-pass-726","role":"LEADER","scope":["726"]}"""
                .formatted(LEADER)), 201);
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
    void a_leader_of_a_department_finds_it_first_on_the_home_page_and_its_subtotal_leads_to_it() {
        // given the leader of department 726 signed in
        browser.signIn(LEADER, "leader-pass-726");

        // then the first card is the department, with its two years
        browser.awaitText("units", text -> text.contains("主管部门 726"));
        WebElement first = browser.find("units").findElement(By.cssSelector(".card"));
        assertThat(browser.awaitText(first, text -> text.contains("主管部门"))).contains("主管部门 726", "2 个单位", "2024 年度", "2025 年度");

        // and the overview groups the units under the department, whose subtotal links to the department page
        new Select(browser.find("overview-year")).selectByValue("2025");
        browser.setValue("overview-as-of", "2025-06-30");
        String overview = browser.awaitText("overview-table", text -> text.contains("部门页测试单位726002"));
        assertThat(overview).contains("主管部门 726（2 个单位）小计", "400,000.00", "110,000.00", "27.50%")
                .doesNotContain("727001");
        browser.screenshot("department-home");
        browser.clickLink("主管部门 726（2 个单位）小计");
        assertThat(browser.currentPath()).isEqualTo("/departments/726/years/2025");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_department_page_sums_its_units_and_sets_last_year_beside_this_year() {
        // given the department page of 726 for 2025, as of 30 June
        browser.signIn(LEADER, "leader-pass-726");
        browser.open("/departments/726/years/2025");
        browser.awaitText("previous-head", text -> text.contains("2024-12-31"));
        browser.setValue("as-of", "2025-06-30");

        // then the department's figures are its units' sums, its rate from those sums, last year's as of 30 June 2024
        assertThat(browser.awaitText("previous-head", text -> text.contains("2024-06-30"))).isEqualTo("上年同期（截至 2024-06-30）");
        String indicators = browser.awaitText("indicators", text -> text.contains("预算执行率"));
        assertThat(row(indicators, "调整后预算数")).isEqualTo("调整后预算数 400,000.00 300,000.00");
        assertThat(row(indicators, "执行数")).isEqualTo("执行数 110,000.00 140,000.00");
        assertThat(row(indicators, "预算执行率")).isEqualTo("预算执行率 27.50% 46.67%");
        assertThat(row(indicators, "序时进度")).isEqualTo("序时进度 49.59% 49.73%");

        // and each unit has its row, its rate beside last year's, links to its pages, and the 合计
        browser.awaitText("units", text -> text.contains("合计"));
        assertThat(tableRow("units", "部门页测试单位726001")).contains("100,000.00", "20,000.00", "20.00%", "40.00%", "指标与预警", "公开表");
        assertThat(tableRow("units", "部门页测试单位726002")).contains("300,000.00", "90,000.00", "30.00%", "50.00%");
        assertThat(tableRow("units", "合计（2 个单位）")).contains("400,000.00", "110,000.00", "27.50%", "46.67%");
        // the unit and its project lag behind 序时进度 by more than 20 points: 红, counted for the department
        assertThat(browser.awaitText("department-warnings", text -> text.contains("红"))).contains("红");
        assertThat(browser.find("disclosure").getAttribute("href")).endsWith("/departments/726/years/2025/disclosure");
        assertThat(new Select(browser.find("year")).getOptions()).extracting(WebElement::getText)
                .containsExactly("2025 年度", "2024 年度");
        browser.screenshot("department-page");

        // and it prints without the toolbar, and fits a phone
        browser.emulatePrint(true);
        assertThat(browser.script("return getComputedStyle(document.querySelector('.toolbar')).display")).isEqualTo("none");
        browser.screenshot("department-print");
        browser.emulatePrint(false);
        browser.resize(390, 844);
        browser.screenshot("department-phone");

        // and the year switch opens 2024, which has no year before it: nothing to compare
        new Select(browser.find("year")).selectByValue("2024");
        assertThat(browser.awaitText("previous-note", text -> text.contains("2023"))).contains("没有 2023 年度");
        assertThat(browser.currentPath()).isEqualTo("/departments/726/years/2024");
        browser.clickLink("部门页测试单位726001（726001）");
        assertThat(browser.currentPath()).isEqualTo("/units/726001/years/2024");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_department_outside_the_scope_is_refused_and_a_year_without_units_is_not_found() {
        browser.signIn(LEADER, "leader-pass-726");

        browser.open("/departments/727/years/2025");
        assertThat(browser.pageText()).contains("无权访问");

        browser.open("/departments/726/years/2023");
        assertThat(browser.pageText()).contains("未找到", "主管部门 726 在 2023 年度没有预算单位");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_department_of_one_year_offers_no_year_switch_and_compares_with_nothing() {
        browser.signIn("manager", "manager");
        browser.open("/departments/727/years/2025");

        assertThat(browser.awaitText("previous-note", text -> !text.isEmpty())).isEqualTo("（账上没有 2024 年度，不作比较）");
        assertThat(browser.script("return getComputedStyle(document.getElementById('year').closest('label')).display"))
                .isEqualTo("none");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_units_indicators_page_draws_last_years_line_where_the_ledger_has_that_year() {
        // given 726001's indicators page, as of 30 June 2025
        browser.signIn("manager", "manager");
        browser.open("/units/726001/years/2025/indicators");
        browser.awaitText("five", text -> text.contains("上年同期（截至 2024-12-31）"));
        browser.setValue("as-of", "2025-06-30");

        // then the five indicators have a 上年同期 column as of 30 June 2024, and the chart a line of last year's 执行率
        String five = browser.awaitText("five", text -> text.contains("上年同期（截至 2024-06-30）"));
        assertThat(row(five, "预算执行率")).startsWith("预算执行率 20.00% 40.00%");
        assertThat(series()).containsExactly("预算执行率", "序时进度", "上年执行率");
        assertThat(browser.script("return echarts.getInstanceByDom(document.getElementById('progress-chart'))"
                + ".getOption().series[2].data.join(' ')")).isEqualTo("0.00 0.00 40.00 40.00 40.00 40.00");
        browser.screenshot("indicators-last-year");
        assertThat(browser.consoleErrors()).isEmpty();

        // and a unit without its year before shows neither
        browser.open("/units/727001/years/2025/indicators");
        browser.awaitText("five", text -> text.contains("预算执行率"));
        assertThat(browser.find("five").getText()).doesNotContain("上年同期");
        assertThat(series()).containsExactly("预算执行率", "序时进度");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> series() {
        return (List<String>) browser.script("return echarts.getInstanceByDom(document.getElementById('progress-chart'))"
                + ".getOption().series.map(line => line.name)");
    }

    /** A table row's cells (whose text may wrap over lines) on one line, the row named by its first cell. */
    private String tableRow(String table, String label) {
        return browser.find(table).findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                .filter(text -> text.startsWith(label)).findFirst().orElseThrow().replace('\n', ' ');
    }

    /** The line of a table's text that starts with the label. */
    private static String row(String table, String label) {
        return table.lines().filter(line -> line.startsWith(label)).findFirst().orElseThrow(
                () -> new AssertionError("no row " + label + " in\n" + table));
    }
}
