package org.agora.web.diagnostics;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.agora.config.AgoraConfig;
import org.agora.diagnostics.SqlStatements;

/**
 * When the {@code agora.diagnostics.sql.count} variable is true and a request asks for it with the header
 * {@value #ASK}, the answer tells in the header {@value #HEADER} how many SQL statements the request sent, those of
 * its page's rendering included (the page is held back until it is complete). Tests use it to fail when a page's
 * statements grow with the number of posts it shows. Off by default, and other requests pass untouched.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class SqlStatementsHeader extends HttpFilter {

    /** The request header that asks for the count. */
    public static final String ASK = "X-Agora-Count-Sql";

    /** The response header with the count. */
    public static final String HEADER = "X-Agora-Sql-Statements";

    @Inject
    AgoraConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader(ASK) == null || !config.countSqlStatements()) {
            chain.doFilter(request, response);
            return;
        }
        SqlStatements.reset();
        Held held = new Held(response);
        chain.doFilter(request, held);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, Integer.toString(SqlStatements.count()));
        }
        held.release();
    }

    /** Keeps the body until the request is done, so that the header can still be set. */
    private static final class Held extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private PrintWriter writer;

        Held(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the counted answer is written at once");
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            // the length is that of the body released at the end
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            body.reset();
        }

        void release() throws IOException {
            flushBuffer();
            if (body.size() > 0) {
                getResponse().getOutputStream().write(body.toByteArray());
            }
        }
    }
}
