package cn.budgetledger.app.web;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven by its own chromedriver, as a person would use the pages. The driver
 * and the browser are given by path, so Selenium never tries to download either.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String baseUrl;
    private final Path profile;
    private final WebDriver driver;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN");
        // the page's console, so a test can say that no script failed
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    void signIn(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        find("sign-in").click();
        // the next page must not be asked for before the sign-in has answered, or it races the session
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> !page.getCurrentUrl().endsWith("/login"));
    }

    WebElement find(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits until the element's text satisfies the expectation, and returns it. */
    String awaitText(String id, java.util.function.Predicate<String> expected) {
        return awaitText(find(id), expected);
    }

    String awaitText(WebElement element, java.util.function.Predicate<String> expected) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> expected.test(element.getText()));
        return element.getText();
    }

    /** What a script run in the page answers (a number comes back as a Long or a Double). */
    Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Sets a field the way a picker does (a date input's typing order depends on the locale) and says it changed. */
    void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", find(id), value);
    }

    /** Answers the page's confirmation dialog (accepting or dismissing it) and returns its question. */
    String answerDialog(boolean accept) {
        Alert dialog = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.alertIsPresent());
        String question = dialog.getText();
        if (accept) {
            dialog.accept();
        } else {
            dialog.dismiss();
        }
        return question;
    }

    /** Keys typed into whatever has the focus, as a person at the keyboard types them (Keys.ENTER, arrows, text). */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The id of the element that has the focus. */
    String focusedId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** The first element the CSS selector finds, once it is visible. */
    WebElement element(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Types an answer into the page's prompt dialog and accepts it; returns its question. */
    String answerPrompt(String answer) {
        Alert dialog = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.alertIsPresent());
        String question = dialog.getText();
        dialog.sendKeys(answer);
        dialog.accept();
        return question;
    }

    /** Every answer from now on arrives this much later (0: as fast as it can), so a test sees what a page shows meanwhile. */
    void slowNetwork(int latencyMillis) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", latencyMillis,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    void clickLink(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.linkText(text))).click();
    }

    void chooseFile(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * The page's script errors since last asked. An HTTP error answer is logged too ("Failed to load resource"), but
     * a page shows those (a 409, a 422) as answers: only errors of the page itself count.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().contains("Failed to load resource"))
                .map(LogEntry::getMessage).toList();
    }

    /** The window at a phone's width (e.g. 390), or back at the desktop's. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Renders the page as for printing (CSS print media), so a screenshot shows what paper would. */
    void emulatePrint(boolean print) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("media", print ? "print" : ""));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
