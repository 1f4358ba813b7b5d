package com.example.commerce.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both at fixed paths: Selenium
 * Manager never runs, so nothing is downloaded. When the two are missing they are installed with
 * apt-get (as root, else through {@code sudo -n}); when that is impossible the test fails and says so.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 900;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        ensureInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("console-it-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT,
                "--lang=en-US", "--force-prefers-reduced-motion");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        return new Browser(driver, profile);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Forgets any signed-in session, then opens the address. */
    void openFresh(String url) {
        driver.get(url);
        script("sessionStorage.clear();");
        driver.navigate().refresh();
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The element once it is displayed. */
    WebElement visible(String css) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        }, "element " + css + " to be displayed");
    }

    /** The element's text once it satisfies the condition. */
    String textOf(String css, java.util.function.Predicate<String> condition, String expectation) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            if (found.isEmpty()) {
                return null;
            }
            String text = found.get(0).getText();
            return condition.test(text) ? text : null;
        }, css + " to show " + expectation);
    }

    <T> T until(Function<WebDriver, T> condition, String what) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100));
        // The console re-renders parts of the page as answers arrive; an element read a moment ago may be gone.
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(() -> "waited " + PATIENCE.toSeconds() + " s for " + what + "; the page said: "
                + pageText());
        return wait.until(condition::apply);
    }

    String pageText() {
        try {
            return driver.findElement(By.tagName("main")).getText().replaceAll("\\s+", " ");
        } catch (RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * A PNG of the whole page (up to 2,400 pixels tall) under target/screenshots, or, with
     * {@code -Dconsole.screenshots.docs=true}, in docs/images for the docs (so that an ordinary test
     * run leaves the work tree as it found it).
     */
    Path screenshot(String name) {
        Path target = (Boolean.getBoolean("console.screenshots.docs") ? imagesDirectory() : scratchDirectory())
                .resolve(name);
        Object height = script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
        int pageHeight = height instanceof Number number ? number.intValue() : HEIGHT;
        driver.manage().window().setSize(new Dimension(WIDTH, Math.min(Math.max(pageHeight, HEIGHT), 2400)));
        try {
            script("window.scrollTo(0, 0);");
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
        return target;
    }

    private static Path scratchDirectory() {
        try {
            return Files.createDirectories(Path.of("target", "screenshots"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** docs/images of the repository, found from the working directory (Failsafe runs in app/). */
    static Path imagesDirectory() {
        Path directory = Path.of("").toAbsolutePath();
        for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isRegularFile(candidate.resolve("app/pom.xml"))) {
                Path images = candidate.resolve("docs/images");
                try {
                    return Files.createDirectories(images);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("cannot find the repository root (with app/pom.xml) above " + directory);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // A temporary profile left behind does no harm.
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Installing Debian's chromium and chromium-driver

    static synchronized void ensureInstalled() {
        if (installed()) {
            return;
        }
        List<String> sudo = isRoot() ? List.of() : List.of("sudo", "-n");
        StringBuilder transcript = new StringBuilder();
        List<String> install = command(sudo, "apt-get", "install", "-y", "--no-install-recommends", "chromium",
                "chromium-driver");
        if (!run(install, transcript)) {
            run(command(sudo, "apt-get", "update"), transcript);
            run(install, transcript);
        }
        if (!installed()) {
            String tail = transcript.length() > 3000 ? transcript.substring(transcript.length() - 3000) : transcript.toString();
            throw new IllegalStateException("The console's browser tests need Debian's Chromium and ChromeDriver at "
                    + CHROMIUM + " and " + CHROMEDRIVER + ", and installing them failed. Install them with "
                    + "'apt-get install -y chromium chromium-driver' (as root) and run the tests again. apt-get said:\n"
                    + tail);
        }
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    private static boolean isRoot() {
        StringBuilder output = new StringBuilder();
        return run(List.of("id", "-u"), output) && output.toString().strip().endsWith("\n0");
    }

    private static List<String> command(List<String> prefix, String... arguments) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(arguments));
        return command;
    }

    private static boolean run(List<String> command, StringBuilder transcript) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean finished = process.waitFor(10, TimeUnit.MINUTES);
            transcript.append("$ ").append(String.join(" ", command)).append('\n').append(output);
            if (!finished) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            transcript.append("$ ").append(String.join(" ", command)).append("\ncannot run: ").append(e.getMessage())
                    .append('\n');
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
