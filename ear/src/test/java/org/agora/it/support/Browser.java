package org.agora.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * A headless Chromium for user journeys: the system's Chromium and ChromeDriver when installed (Debian's
 * {@code chromium chromium-driver}), otherwise the browser that Selenium Manager downloads.
 */
public final class Browser {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SYSTEM_DRIVER = Path.of("/usr/bin/chromedriver");

    /** How long finding an element waits for it to appear. */
    static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

    private Browser() {
    }

    public static WebDriver start() {
        return start(true);
    }

    /** @param scripts false for a browser whose JavaScript is switched off, as some readers have it */
    public static WebDriver start(boolean scripts) {
        Path profile = newProfile();
        ChromeOptions options = new ChromeOptions();
        if (!scripts) {
            options.setExperimentalOption("prefs",
                    java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        if (Files.isExecutable(SYSTEM_CHROMIUM) && Files.isExecutable(SYSTEM_DRIVER)) {
            options.setBinary(SYSTEM_CHROMIUM.toFile());
            service.usingDriverExecutable(SYSTEM_DRIVER.toFile());
        }
        ChromeDriver driver = new ChromeDriver(service.build(), options);
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return new EventFiringDecorator<WebDriver>(new SteadyClicks(driver), new ProfileRemoval(profile))
                .decorate(driver);
    }

    private static Path newProfile() {
        try {
            return Files.createTempDirectory("agora-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the browser's profile folder once it has quit: a run starts dozens, some 3 MB each. */
    private record ProfileRemoval(Path profile) implements WebDriverListener {

        @Override
        public void afterQuit(WebDriver driver) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // a folder left behind costs disk space only
            }
        }
    }
}
