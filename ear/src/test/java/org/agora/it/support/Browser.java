package org.agora.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** The profiles of this JVM's browsers not yet removed, removed at its exit when a quit could not. */
    private static final Set<Path> PROFILES = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PROFILES.forEach(Browser::remove)));
    }

    private static Path newProfile() {
        try {
            Path profile = Files.createTempDirectory("agora-chromium");
            PROFILES.add(profile);
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remove(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a folder left behind costs disk space only
        }
        if (!Files.exists(profile)) {
            PROFILES.remove(profile);
        }
    }

    /** Removes the browser's profile folder once it has quit: a run starts dozens, some 3 MB each. */
    private record ProfileRemoval(Path profile) implements WebDriverListener {

        @Override
        public void afterQuit(WebDriver driver) {
            // the browser may still be writing its last files: what is left goes at the JVM's exit
            remove(profile);
        }
    }
}
