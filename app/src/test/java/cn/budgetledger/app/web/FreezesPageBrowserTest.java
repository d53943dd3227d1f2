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

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The freeze page in headless Chromium: a freeze lowers the available balance shown, the journal lists it, a click releases it. */
class FreezesPageBrowserTest {

    static final String UNIT = "701101";
    static final String YEAR = "/units/" + UNIT + "/years/2025";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    Browser browser;

    @BeforeAll
    static void oneLineOfAThousand() {
        assumeTrue(Browser.isInstalled(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        LedgerDriver books = new LedgerDriver(app.accountant(), UNIT);
        expect(books.open("冻结测试单位", "701"), 201);
        expect(books.allocate("批复-1", Line.of("2080150", "30201", "P701101GY").approved("日常公用经费", "公用经费", "1000.00")), 201);
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
    void a_freeze_lowers_the_available_balance_and_a_click_in_the_journal_releases_it() {
        browser.signIn("accountant", "accountant");
        browser.open(YEAR);
        assertThat(browser.awaitText("lines", text -> text.contains("30201"))).isNotEmpty();
        assertThat(browser.pageText()).as("the ledger's tabs lead to the freezes").contains("冻结与解冻");
        browser.open(YEAR + "/freezes");
        assertThat(browser.awaitText("fz-available", text -> !text.equals("—"))).isEqualTo("1,000.00");

        browser.type("fz-number", "WEB-DJ-1");
        browser.type("fz-amount", "300.00");
        browser.type("fz-reason", "办公家具合同");
        browser.find("fz-submit").click();

        assertThat(browser.awaitText("fz-message", text -> !text.isEmpty())).contains("已登记冻结单 WEB-DJ-1");
        assertThat(browser.awaitText("fz-available", text -> !text.equals("1,000.00"))).isEqualTo("700.00");
        assertThat(browser.awaitText("journal", text -> text.contains("WEB-DJ-1"))).contains("合同").contains("300.00");
        browser.screenshot("freeze-placed");

        browser.find("journal").findElement(By.cssSelector("tbody tr")).click();
        assertThat(browser.find("rl-number").getAttribute("value")).isEqualTo("WEB-DJ-1");
        browser.type("rl-amount", "100.00");
        browser.find("rl-submit").click();

        assertThat(browser.awaitText("rl-message", text -> !text.isEmpty())).contains("已解冻冻结单 WEB-DJ-1");
        assertThat(browser.awaitText("fz-available", text -> !text.equals("700.00"))).isEqualTo("800.00");
        assertThat(browser.awaitText("journal", text -> text.contains("200.00"))).contains("100.00");
        browser.screenshot("freeze-released");
    }
}
