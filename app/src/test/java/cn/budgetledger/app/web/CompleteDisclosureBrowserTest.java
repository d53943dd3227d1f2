package cn.budgetledger.app.web;

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

import java.util.ArrayList;
import java.util.List;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The complete set of 公开表 on the page in headless Chromium: a unit's tables in the seeds' order with 上年 and 增减,
 * a department's (主管部门) with its units, and the 决算 comparison; printed whole and at a phone's width. Department 723
 * holds 723001 (2024 and 2025) and 723002 (2025). Screenshots are left in app/target/screenshots.
 */
class CompleteDisclosureBrowserTest {

    static final Line SALARY = Line.of("2080150", "30101", "P723001-RY");
    static final Line PROJECT = Line.of("2130101", "30201", "P723002-XM");
    /** 表1 … 表11 as seed 002 orders them, with seed 001's 政府性基金"三公" table (its 表4-1) after 表8. */
    static final List<String> SEED_TABLES = List.of("income-and-expenditure", "income-table", "expenditure-table",
            "fiscal-appropriation", "general-public-budget", "general-public-budget-by-unit",
            "general-public-budget-basic", "three-public", "government-funds", "three-public-government-funds",
            "state-capital", "projects", "performance-targets");
    static final String PROJECT_HEADINGS = "项目编码 项目名称 项目单位 合计 本年拨款：一般公共预算 本年拨款：政府性基金预算"
            + " 本年拨款：国有资本经营预算 结转结余：一般公共预算 结转结余：政府性基金预算 结转结余：国有资本经营预算"
            + " 财政专户管理资金 单位资金";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    Browser browser;

    @BeforeAll
    static void aDepartmentOfTwoUnitsOneWithLastYear() {
        assumeTrue(Browser.isInstalled(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        LedgerDriver lastYear = new LedgerDriver(app.accountant(), "723001", 2024);
        expect(lastYear.open("页面全表一中心", "723"), 201);
        expect(lastYear.allocate("批复-2024", SALARY.approved("人员经费", "人员类", "150000.00")), 201);
        LedgerDriver first = app.books("723001");
        expect(first.open("页面全表一中心", "723"), 201);
        expect(first.allocate("批复-2025", SALARY.approved("人员经费", "人员类", "200000.00")), 201);
        expect(first.pay(SALARY.payment("V1", "2025-03-01", "50000.00")), 201);
        LedgerDriver second = app.books("723002");
        expect(second.open("页面全表二中心", "723"), 201);
        expect(second.allocate("批复-2025", PROJECT.approved("信息系统", "特定目标类", "100000.00")), 201);
        expect(second.pay(PROJECT.payment("V1", "2025-04-01", "25000.00")), 201);
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
    void a_unit_sees_every_table_of_the_seeds_in_their_order_with_last_year_and_the_change() {
        // given a manager on 723001's public tables
        browser.signIn("manager", "manager");
        browser.open("/units/723001/years/2025/disclosure");

        // then the seeds' tables come once each, in their order, each listed in the index, then the detail tables
        browser.awaitText("tables", text -> text.contains("收支总表"));
        assertThat(tableIds()).containsExactlyElementsOf(concat(SEED_TABLES, "expenditure-by-function", "basic-by-economic"));
        assertThat(browser.find("table-index").getText()).contains("收支总表", "收入总表", "财政拨款收支总表",
                "表7 一般公共预算\"三公\"经费支出表", "表8-1 政府性基金预算\"三公\"经费支出表", "表10 项目支出表", "绩效目标表");

        // and 收支总表 sets income beside expenditure with 上年 and 增减: 20.00 against 15.00
        WebElement summary = browser.find("income-and-expenditure");
        assertThat(summary.findElement(By.tagName("thead")).getText())
                .isEqualTo("收入项目 预算数 上年 增减 支出项目 预算数 上年 增减");
        assertThat(summary.findElement(By.cssSelector("tbody tr")).getText())
                .isEqualTo("一般公共预算拨款收入 20.00 15.00 5.00 一般公共服务支出 0.00 0.00 0.00");
        assertThat(browser.find("tables").getText())
                .contains("页面全表一中心 2025 年收支总表（年初预算，资金来源：全部）");
        // and an empty 国有资本经营预算支出表 says so, as the seeds do
        assertThat(browser.find("state-capital").getText()).contains("说明：2025年无国有资本经营预算安排的支出。");
        // and the "三公" tables and 项目支出表, with nothing in them, say so in seed 001's words
        assertThat(browser.find("three-public").findElement(By.tagName("thead")).getText())
                .isEqualTo("合计 因公出国（境）费 公务用车购置及运行维护费 其中：公务用车购置费 公务用车运行维护费 公务接待费 上年 增减");
        assertThat(browser.find("three-public").findElement(By.tagName("tbody")).getText())
                .isEqualTo("0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00\n备注：此表无数据。");
        assertThat(browser.find("tables").getText()).contains(
                "页面全表一中心 2025 年一般公共预算\"三公\"经费支出表（年初预算，资金来源：一般公共预算拨款）",
                "页面全表一中心 2025 年政府性基金预算\"三公\"经费支出表（年初预算，资金来源：政府性基金预算拨款）");
        assertThat(browser.find("three-public-government-funds").getText()).endsWith("备注：此表无数据。");
        assertThat(browser.find("projects").findElement(By.tagName("thead")).getText()).isEqualTo(PROJECT_HEADINGS + " 上年 增减");
        assertThat(browser.find("projects").findElement(By.tagName("tbody")).getText()).isEqualTo("备注：此表无数据。");

        // and on paper every table is printed, without the index; at a phone's width the page still shows them
        browser.emulatePrint(true);
        assertThat(browser.script("return getComputedStyle(document.getElementById('table-index')).display")).isEqualTo("none");
        assertThat(browser.script("return [...document.querySelectorAll('#tables .card')]"
                + ".every(card => getComputedStyle(card).display !== 'none')")).isEqualTo(true);
        browser.screenshot("complete-disclosure-print");
        browser.emulatePrint(false);
        browser.resize(390, 844);
        assertThat(browser.find("income-and-expenditure").isDisplayed()).isTrue();
        browser.screenshot("complete-disclosure-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_department_sees_its_units_summed_with_the_by_unit_tables_and_downloads_its_workbook() {
        // when a manager opens department 723's public tables
        browser.signIn("manager", "manager");
        browser.open("/departments/723/years/2025/disclosure");

        // then the title names the 主管部门 and the tables sum both units, 合计 first, in the seeds' order, then 分单位
        browser.awaitText("tables", text -> text.contains("分单位"));
        assertThat(tableIds()).containsExactlyElementsOf(
                concat(SEED_TABLES, "expenditure-by-function", "basic-by-economic", "by-unit"));
        assertThat(browser.find("unit-name").getText()).isEqualTo("主管部门 723");
        assertThat(browser.find("expenditure-table").findElement(By.cssSelector("tbody tr")).getText())
                .startsWith("合计 合计 30.00 20.00 10.00");
        String byUnit = browser.find("general-public-budget-by-unit").findElement(By.tagName("tbody")).getText();
        assertThat(byUnit).contains("723001 页面全表一中心 20.00", "723002 页面全表二中心 10.00");
        assertThat(browser.find("by-unit").getText()).contains("723001", "723002");
        // and 表10 names the project's unit and splits its 10.00 by fund source: all 本年拨款 of 一般公共预算; new this year
        WebElement projects = browser.find("projects");
        assertThat(projects.findElement(By.tagName("thead")).getText()).isEqualTo(PROJECT_HEADINGS + " 上年 增减");
        assertThat(projects.findElement(By.tagName("tbody")).getText()).isEqualTo(
                "P723002-XM 信息系统 页面全表二中心 10.00 10.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 10.00");
        assertThat(browser.find("download").getAttribute("href"))
                .endsWith("/api/departments/723/years/2025/disclosure?basis=original&format=xlsx");
        // and there are no unit tabs in department mode
        assertThat(browser.script("return document.querySelector('nav.unit-tabs') === null")).isEqualTo(true);
        browser.screenshot("complete-disclosure-department");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private List<String> tableIds() {
        return browser.find("tables").findElements(By.tagName("table")).stream().map(table -> table.getAttribute("id")).toList();
    }

    private static List<String> concat(List<String> first, String... then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(then));
        return all;
    }

    @Test
    void the_comparison_sets_the_budget_beside_execution_and_keeps_the_choice_in_the_address() {
        // given a manager on department 723's public tables
        browser.signIn("manager", "manager");
        browser.open("/departments/723/years/2025/disclosure");
        browser.awaitText("tables", text -> text.contains("收支总表"));

        // when the 决算 comparison against the original budget is chosen
        new Select(browser.find("basis")).selectByValue("comparison-original");

        // then each table shows budget, 执行数, 差额 and 执行率: 7.50 of 30.00 is 25.00 %
        WebElement expenditure = browser.find("compare-expenditureTable");
        browser.awaitText(expenditure, text -> text.contains("执行率"));
        assertThat(expenditure.findElement(By.tagName("thead")).getText()).isEqualTo("编码 项目 年初预算 执行数 差额 执行率");
        assertThat(expenditure.findElement(By.cssSelector("tbody tr")).getText())
                .isEqualTo("合计 合计 30.00 7.50 -22.50 25.00%");
        assertThat(browser.currentPath()).isEqualTo("/departments/723/years/2025/disclosure?basis=comparison-original");
        assertThat(browser.find("download").getAttribute("href"))
                .endsWith("/api/departments/723/years/2025/disclosure/comparison?budget=original&format=xlsx");
        browser.screenshot("complete-disclosure-comparison");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
