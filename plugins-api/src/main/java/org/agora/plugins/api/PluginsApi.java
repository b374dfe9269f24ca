package org.agora.plugins.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this version of the plugins API. */
public final class PluginsApi {

    /** The semantic version of this API, checked against each plugin's {@code Plugin-Requires} range. */
    public static final String VERSION = readVersion();

    private PluginsApi() {
    }

    private static String readVersion() {
        try (InputStream in = PluginsApi.class.getResourceAsStream("api.properties")) {
            if (in == null) {
                throw new IllegalStateException("api.properties is missing from plugins-api");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
