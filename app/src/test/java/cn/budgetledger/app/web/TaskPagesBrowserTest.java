package cn.budgetledger.app.web;

import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages of the tasks that were API-only (issue 17, item 5) in headless Chromium: opening a year, allocating by
 * hand, a correction, targets and actuals (a qualitative one too), and the year-end closing previewed, confirmed and
 * then shown; bad input answered in Chinese with nothing recorded; no script error in the console.
 */
class TaskPagesBrowserTest {

    static final String OFFICE_PROJECT = "P713GY";
    static final String SYSTEMS_PROJECT = "P713XM";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    Browser browser;

    @BeforeAll
    static void chromium() {
        assumeTrue(Browser.isInstalled(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
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
    void an_accountant_opens_allocates_corrects_sets_targets_and_closes_a_year_by_its_pages() {
        LedgerDriver books = app.books("713001");
        browser.signIn("accountant", "accountant");

        // given the year opened from the top navigation's 开启年度
        browser.clickLink("开启年度");
        browser.type("open-unit", "713001");
        browser.type("open-year", "2025");
        browser.type("open-name", "测试单位713001");
        browser.type("open-parent", "713");
        browser.find("open-submit").click();
        assertThat(browser.awaitText("open-message", text -> !text.isEmpty())).contains("已开启 713001-2025 年度");
        browser.screenshot("tasks-open-year");

        // when its 预算批复 is entered by hand, a row added, with an amount the ledger cannot read
        browser.clickLink("手工录入预算批复");
        browser.type("alloc-document", "批复-1");
        fill(0, "2080150", "30201", OFFICE_PROJECT, "日常公用经费", "公用经费", "50,000.00");
        assertThat(browser.awaitText("alloc-lines", text -> text.contains("办公费"))).contains("事业运行");
        browser.find("add-line").click();
        fill(1, "2080199", "30213", SYSTEMS_PROJECT, "系统运行", "特定目标类", "30万");
        browser.find("alloc-submit").click();

        // then the ledger's Chinese answer is shown and nothing is recorded
        assertThat(browser.awaitText("alloc-message", text -> !text.isEmpty())).contains("金额");
        assertThat(browser.find("alloc-message").getAttribute("class")).contains("bad");
        assertThat(books.lines().size()).isZero();

        // when the amount is put right, then the approval is recorded with both lines
        fill(1, "2080199", "30213", SYSTEMS_PROJECT, "系统运行", "特定目标类", "300,000.00");
        assertThat(browser.find("alloc-sum").getText()).isEqualTo("350,000.00");
        browser.find("alloc-submit").click();
        assertThat(browser.awaitText("alloc-message", text -> text.contains("已登记")))
                .contains("批复-1", "2 条指标", "350,000.00");
        browser.screenshot("tasks-allocations");
        assertThat(books.lines().size()).isEqualTo(2);
        expect(books.pay(Line.of("2080199", "30213", SYSTEMS_PROJECT).payment("V-1", "2025-05-10", "100000.00")), 201);
        expect(books.pay(Line.of("2080150", "30201", OFFICE_PROJECT).payment("V-2", "2025-06-10", "12345.67")), 201);

        // when the systems line's 年初预算 is "corrected" to what it already is
        browser.open("/units/713001/years/2025/corrections");
        choose("corr-line", SYSTEMS_PROJECT);
        assertThat(browser.awaitText("corr-figures", text -> text.contains("200,000.00"))).contains("300,000.00");
        assertThat(browser.awaitText("corr-approval", text -> !text.isEmpty())).isEqualTo("批复-1");
        browser.type("corr-number", "更正-1");
        browser.type("corr-amount", "300,000.00");
        browser.type("corr-reason", "批复录入错误");
        browser.find("corr-submit").click();

        // then the ledger says there is nothing to correct, and when the right figure is given it is corrected
        assertThat(browser.awaitText("corr-message", text -> !text.isEmpty()))
                .contains("更正后金额与现年初预算 300,000.00 元相同，无需更正", "CORRECTION_CHANGES_NOTHING");
        browser.type("corr-amount", "280000.00");
        browser.find("corr-submit").click();
        assertThat(browser.awaitText("corr-message", text -> text.contains("已登记"))).contains("更正-1");
        assertThat(browser.awaitText("corr-figures", text -> text.contains("280,000.00"))).contains("180,000.00");
        browser.screenshot("tasks-corrections");

        // when a quantitative target is set for the unit and a qualitative one for the systems project
        browser.open("/units/713001/years/2025/targets");
        browser.awaitText("targets", text -> text.contains("尚未设定"));
        target("", "产出指标", "数量指标", "培训人次", "≥", "100", "人次", "20");
        choose("target-scope", SYSTEMS_PROJECT);
        target(SYSTEMS_PROJECT, "效益指标", "社会效益指标", "办事效率", "定性", "即办即领", "", "10");

        // and their actuals are recorded, the qualitative one first graded outside its level's band
        choose("actual-indicator", "培训人次");
        browser.type("actual-value", "120");
        browser.find("actual-submit").click();
        browser.awaitText("actual-message", text -> text.contains("已保存"));
        choose("actual-indicator", "办事效率");
        assertThat(browser.find("actual-level").isDisplayed()).isTrue();
        new Select(browser.find("actual-level")).selectByValue("部分达成");
        browser.type("actual-points", "9");
        browser.type("actual-reason", "个别事项超时办结");
        browser.find("actual-submit").click();
        assertThat(browser.awaitText("actual-message", text -> text.contains("POINTS_OUTSIDE_BAND")))
                .contains("得分应在 6 至 8 分之间");
        browser.type("actual-points", "7");
        browser.find("actual-submit").click();
        browser.awaitText("actual-message", text -> text.contains("已保存"));

        // then the list shows each target with its actual and its score
        String targets = browser.awaitText("targets", text -> text.contains("部分达成"));
        assertThat(targets).contains("整体支出 产出指标 数量指标 培训人次 ≥ 100 人次 20 正向 120.00 20.00")
                .contains("系统运行（P713XM） 效益指标 社会效益指标 办事效率 定性 即办即领", "部分达成 7.00 个别事项超时办结");
        browser.screenshot("tasks-targets");

        // when the closing is previewed
        browser.open("/units/713001/years/2025/closing");

        // then the 项目支出 balance is to be carried forward and the 基本支出 balance to lapse, to the fen
        String totals = browser.awaitText("closing-totals", text -> text.contains("合计"));
        assertThat(totals).contains("将结转（元）\n180,000.00", "将结余（元）\n37,654.33", "合计（元）\n217,654.33");
        assertThat(browser.find("closing-lines").getText())
                .contains("系统运行（P713XM） 特定目标类 2080199 30213 本年 结转下一年度 180,000.00")
                .contains("日常公用经费（P713GY） 公用经费 2080150 30201 本年 结余 37,654.33");
        assertThat(browser.script("return document.getElementById('closing-blocked').hidden")).isEqualTo(true);
        browser.screenshot("tasks-closing-preview");
        browser.emulatePrint(true);
        assertThat(browser.script("return getComputedStyle(document.querySelector('#closing-form')).display")).isEqualTo("none");
        browser.screenshot("tasks-closing-print");
        browser.emulatePrint(false);

        // when the closing is asked for, the question dismissed, then asked for again and confirmed
        browser.find("closing-submit").click();
        assertThat(browser.answerDialog(false)).contains("结转后本年度不能再记账");
        assertThat(books.budget("2025-12-31").path("closedOn").isNull()).isTrue();
        browser.find("closing-submit").click();
        browser.answerDialog(true);

        // then the year is closed and its 结转和结余 page shows what the preview showed
        browser.awaitText("closing-message", text -> text.contains("已办理"));
        app.awaitReadModels();
        browser.clickLink("查看结转和结余");
        assertThat(browser.find("closed-banner").getText()).contains("本年度已于 2025-12-31 年终结转");
        assertThat(browser.awaitText("balances", text -> text.contains("总计"))).contains("180,000.00", "37,654.33", "217,654.33");
        assertThat(browser.find("totals").getText()).contains("180,000.00", "37,654.33", "217,654.33");
        assertThat(browser.find("closed-banner").isDisplayed()).isTrue();
        browser.screenshot("tasks-year-end");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_year_with_an_open_freeze_shows_what_stops_its_closing_and_stays_open() {
        // given a year with a freeze still holding money
        LedgerDriver books = app.books("713002");
        Line office = Line.of("2080150", "30201", OFFICE_PROJECT);
        expect(books.open("测试单位713002", "713"), 201);
        expect(books.allocate("批复-1", office.approved("日常公用经费", "公用经费", "1000.00")), 201);
        expect(books.freeze(office.freeze("DJ-7", "2025-11-01", "400.00", "合同", "印刷合同")), 201);
        browser.signIn("accountant", "accountant");

        // when its closing page is opened, at a phone's width
        browser.resize(390, 844);
        browser.open("/units/713002/years/2025/closing");

        // then it names what must be released first, the balance left after the freeze, and closing is refused
        assertThat(browser.awaitText("closing-blocked", text -> !text.isEmpty()))
                .contains("未解冻的冻结单 DJ-7", "YEAR_HAS_OPEN_COMMITMENTS");
        assertThat(browser.find("closing-totals").getText()).contains("600.00");
        browser.screenshot("tasks-closing-phone");
        browser.find("closing-submit").click();
        browser.answerDialog(true);
        assertThat(browser.awaitText("closing-message", text -> !text.isEmpty())).contains("DJ-7", "请先解冻");
        assertThat(books.budget("2025-12-31").path("closedOn").isNull()).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void opening_a_year_again_under_another_name_is_refused_in_chinese() {
        // given a year already opened
        LedgerDriver books = app.books("713003");
        expect(books.open("测试单位713003", "713"), 201);
        browser.signIn("accountant", "accountant");

        // when the page opens it again under another name
        browser.open("/years/new");
        browser.type("open-unit", "713003");
        browser.type("open-year", "2025");
        browser.type("open-name", "另一个名称");
        browser.find("open-submit").click();

        // then the ledger's Chinese refusal is shown and the year keeps its name
        String message = browser.awaitText("open-message", text -> !text.isEmpty());
        assertThat(browser.find("open-message").getAttribute("class")).contains("bad");
        assertThat(message).containsPattern("[\\u4e00-\\u9fa5]");
        assertThat(browser.script("return document.getElementById('next-steps').hidden")).isEqualTo(true);
        assertThat(books.budget("2025-12-31").path("unitName").asText()).isEqualTo("测试单位713003");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Fills one row of the 预算批复 form, as typed and chosen. */
    private void fill(int row, String functional, String economic, String project, String projectName,
                      String category, String amount) {
        WebElement line = browser.find("alloc-lines").findElements(org.openqa.selenium.By.cssSelector("tbody tr")).get(row);
        String[][] typed = {{"functionalCode", functional}, {"economicCode", economic}, {"projectCode", project},
                {"projectName", projectName}, {"amount", amount}};
        for (String[] field : typed) {
            WebElement input = line.findElement(org.openqa.selenium.By.cssSelector("[data-field='" + field[0] + "']"));
            input.clear();
            input.sendKeys(field[1]);
        }
        new Select(line.findElement(org.openqa.selenium.By.cssSelector("[data-field='projectCategory']"))).selectByValue(category);
    }

    private void target(String scope, String first, String second, String indicator, String comparator, String value,
                        String unit, String weight) {
        browser.type("target-first", first);
        browser.type("target-second", second);
        browser.type("target-indicator", indicator);
        new Select(browser.find("target-comparator")).selectByValue(comparator);
        browser.type("target-value", value);
        browser.find("target-unit").clear();
        if (!unit.isEmpty()) {
            browser.type("target-unit", unit);
        }
        browser.type("target-weight", weight);
        browser.find("target-submit").click();
        browser.awaitText("targets", text -> text.contains(indicator));
        assertThat(browser.find("target-message").getText()).contains("已保存绩效目标「" + indicator + "」");
        assertThat(new Select(browser.find("target-scope")).getFirstSelectedOption().getAttribute("value")).isEqualTo(scope);
    }

    /** Chooses the first option of a list whose text contains the given words (a project code, an indicator). */
    private void choose(String id, String containing) {
        Select select = new Select(browser.find(id));
        browser.awaitText(id, text -> text.contains(containing));
        select.getOptions().stream().filter(option -> option.getText().contains(containing)).findFirst()
                .orElseThrow().click();
        browser.setValue(id, select.getFirstSelectedOption().getAttribute("value"));
    }
}
