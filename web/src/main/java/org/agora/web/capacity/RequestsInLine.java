package org.agora.web.capacity;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.agora.config.AgoraConfig;

/**
 * Lets a few page requests run at once and the others wait in line, first come first served. Fifty people at once on
 * a two-processor server made fifty threads that mostly waited for each other's locks and for the processors: the
 * home feed served 26 pages a second at 50 connections where it served 44 at 10. Files, live events and chat
 * connections do not wait: they hold their request long while doing little. A request still waiting after
 * {@link #PATIENCE_SECONDS} gets a 503 that asks to try again.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class RequestsInLine extends HttpFilter {

    static final int PATIENCE_SECONDS = 30;

    @Inject
    AgoraConfig config;

    private Semaphore turns;

    @Override
    public void init() {
        turns = new Semaphore(config.concurrentRequests(), true);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!waitsInLine(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean turn;
        try {
            turn = turns.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /**
     * Files: styles and scripts, plugins' assets, photos, attachments, documents, chat files and personal data
     * archives; a slow reader of a big file would hold a turn for as long as the download lasts.
     */
    private static final Pattern OUT_OF_LINE = Pattern.compile("/(assets/|m/[^/]+/assets/|live(/|$)|chat/socket"
            + "|people/\\d+/photo|posts/\\d+/attachments/|spaces/[^/]+/documents/\\d+/download|messages/files/"
            + "|archives/|admin/privacy-archive/).*");

    /** @return false for what holds its request long while doing little: files, uploads, live events, chat */
    static boolean waitsInLine(HttpServletRequest request) {
        return waitsInLine(request.getRequestURI().substring(request.getContextPath().length()),
                request.getContentType());
    }

    /**
     * @param path        the address within the application, such as {@code /people}
     * @param contentType the type of the request's body, or null
     */
    static boolean waitsInLine(String path, String contentType) {
        return !(OUT_OF_LINE.matcher(path).matches()
                || (contentType != null && contentType.startsWith("multipart/")));
    }
}
