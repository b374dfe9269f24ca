package org.agora.web.views;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mvc.Models;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineContext;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.krazo.ext.thymeleaf.ThymeleafViewEngine;

/**
 * Krazo's Thymeleaf view engine, writing each page to the response in blocks. Krazo hands templates a writer whose
 * stream passes the page on one byte at a time, each byte a call through the REST and servlet layers: an eighth of
 * the home feed's time. Here the writer encodes straight into the REST layer's entity stream, a block at a time.
 */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class WholeWriteViewEngine extends ThymeleafViewEngine {

    @PostConstruct
    void knownMethods() {
        TemplateMethods.install();
    }

    @Override
    public void processView(ViewEngineContext context) throws ViewEngineException {
        super.processView(new BlockContext(context));
    }

    /** The same view context, but a response whose writer goes straight to the entity stream. */
    private record BlockContext(ViewEngineContext context) implements ViewEngineContext {

        @Override
        public <T> T getResponse(Class<T> type) {
            T response = context.getResponse(type);
            if (type != HttpServletResponse.class || response == null) {
                return response;
            }
            return type.cast(new BlockResponse((HttpServletResponse) response, entity(context.getOutputStream())));
        }

        /**
         * The REST layer's entity stream that Krazo's one-byte-at-a-time stream wraps (its field {@code out});
         * that stream itself if Krazo changed and has no such field.
         */
        private static OutputStream entity(OutputStream krazo) {
            try {
                Field out = krazo.getClass().getDeclaredField("out");
                out.setAccessible(true);
                return out.get(krazo) instanceof OutputStream entity ? entity : krazo;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return krazo;
            }
        }

        @Override
        public String getView() {
            return context.getView();
        }

        @Override
        public Models getModels() {
            return context.getModels();
        }

        @Override
        public Locale getLocale() {
            return context.getLocale();
        }

        @Override
        public <T> T getRequest(Class<T> type) {
            return context.getRequest(type);
        }

        @Override
        public MultivaluedMap<String, Object> getResponseHeaders() {
            return context.getResponseHeaders();
        }

        @Override
        public OutputStream getOutputStream() {
            return context.getOutputStream();
        }

        @Override
        public MediaType getMediaType() {
            return context.getMediaType();
        }

        @Override
        public UriInfo getUriInfo() {
            return context.getUriInfo();
        }

        @Override
        public ResourceInfo getResourceInfo() {
            return context.getResourceInfo();
        }

        @Override
        public Configuration getConfiguration() {
            return context.getConfiguration();
        }
    }

    private static final class BlockResponse extends HttpServletResponseWrapper {

        private final OutputStream entity;
        private PrintWriter writer;

        BlockResponse(HttpServletResponse response, OutputStream entity) {
            super(response);
            this.entity = entity;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(entity, charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }
}
