package org.agora.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility checker (Deque, MPL-2.0, the npm package's {@code axe.min.js} in the test resources),
 * run inside the browser on the page it shows.
 */
public final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe-4.14.1.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the serious and critical violations on the page, each as "rule: target, target… (help)"; empty when
     *         the page passes
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document).then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ': ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')
                                + ' (' + v.help + ')')))
                    .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    /** @return the innermost elements that reach past the window's right edge, as "tag.class: text…" */
    @SuppressWarnings("unchecked")
    public static List<String> widest(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const w = document.documentElement.clientWidth;
                const over = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1);
                return over.filter(e => !over.some(o => o !== e && e.contains(o))).slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40));""");
    }

    /** @return the page's width beyond the window, in CSS pixels: 0 when nothing scrolls sideways */
    public static long sidewaysScroll(WebDriver browser) {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return ((Number) overflow).longValue();
    }
}
