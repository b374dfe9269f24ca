package org.agora.plugins.api.jar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.pf4j.PluginDependency;
import org.pf4j.VersionManager;

/**
 * The checks a plugin jar passes before any of its code is loaded: size, a real zip, no entry that leaves the jar,
 * a descriptor with id and version, a {@code Plugin-Requires} range the plugins API satisfies, and well-formed
 * {@code Plugin-Dependencies}. Each refusal says why ({@link JarRefusedException}).
 *
 * @since 1.2.0
 */
public final class JarChecks {

    /** Plugin ids become URL segments under {@code /m/}, so they follow the page controller's pattern. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final int MAX_ENTRIES = 10_000;

    private final long maxBytes;
    private final String apiVersion;
    private final VersionManager versions;

    /**
     * @param maxBytes   the largest jar accepted
     * @param apiVersion the plugins API version the jar must fit, usually {@link org.agora.plugins.api.PluginsApi#VERSION}
     * @param versions   how PF4J compares versions and ranges (the host's, or {@code new DefaultVersionManager()})
     */
    public JarChecks(long maxBytes, String apiVersion, VersionManager versions) {
        this.maxBytes = maxBytes;
        this.apiVersion = apiVersion;
        this.versions = versions;
    }

    /**
     * @param jar a plugin jar
     * @return what the jar says about itself, when it passed every check
     * @throws JarRefusedException saying why the jar is refused
     * @throws IOException         if the file cannot be read
     */
    public JarDescription inspect(Path jar) throws IOException {
        if (Files.size(jar) > maxBytes) {
            throw new JarRefusedException("error.jar.tooLarge", maxBytes / (1024 * 1024));
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            checkEntries(zip);
            return checked(descriptor(zip).orElseThrow(() -> new JarRefusedException("error.jar.descriptor")));
        } catch (ZipException e) {
            throw new JarRefusedException("error.jar.notZip");
        }
    }

    private static void checkEntries(ZipFile zip) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        for (int n = 0; entries.hasMoreElements(); n++) {
            if (n > MAX_ENTRIES) {
                throw new JarRefusedException("error.jar.entries", MAX_ENTRIES);
            }
            String name = entries.nextElement().getName();
            if (unsafe(name)) {
                throw new JarRefusedException("error.jar.entryPath", shorten(name));
            }
        }
    }

    /** @return true for absolute paths, drive letters, backslashes and ".." segments */
    public static boolean unsafe(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.indexOf(':') >= 0 || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<JarDescription> descriptor(ZipFile zip) throws IOException {
        ZipEntry manifestEntry = zip.getEntry("META-INF/MANIFEST.MF");
        if (manifestEntry != null) {
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                Attributes main = new Manifest(in).getMainAttributes();
                if (main.getValue("Plugin-Id") != null) {
                    return Optional.of(new JarDescription(trim(main.getValue("Plugin-Id")),
                            trim(main.getValue("Plugin-Version")), trim(main.getValue("Plugin-Requires")),
                            dependencies(main.getValue("Plugin-Dependencies"))));
                }
            }
        }
        ZipEntry propertiesEntry = zip.getEntry("plugin.properties");
        if (propertiesEntry != null) {
            Properties properties = new Properties();
            try (InputStream in = zip.getInputStream(propertiesEntry)) {
                properties.load(in);
            }
            if (properties.getProperty("plugin.id") != null) {
                return Optional.of(new JarDescription(trim(properties.getProperty("plugin.id")),
                        trim(properties.getProperty("plugin.version")),
                        trim(properties.getProperty("plugin.requires")),
                        dependencies(properties.getProperty("plugin.dependencies"))));
            }
        }
        return Optional.empty();
    }

    /** Reads {@code Plugin-Dependencies} as PF4J does: {@code id}, {@code id@range}, {@code id?} for optional. */
    public static List<PluginDependency> dependencies(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<PluginDependency> all = new ArrayList<>();
        for (String one : value.split(",")) {
            if (!one.isBlank()) {
                all.add(new PluginDependency(one.strip()));
            }
        }
        return all;
    }

    private JarDescription checked(JarDescription d) {
        if (!ID.matcher(d.id()).matches()) {
            throw new JarRefusedException("error.jar.id", shorten(d.id()));
        }
        if (d.version().isEmpty()) {
            throw new JarRefusedException("error.jar.noVersion", d.id());
        }
        try {
            versions.compareVersions(d.version(), "0.0.0");
        } catch (RuntimeException e) {
            throw new JarRefusedException("error.jar.version", shorten(d.version()));
        }
        boolean fits;
        try {
            fits = d.requires().isEmpty() || versions.checkVersionConstraint(apiVersion, d.requires());
        } catch (RuntimeException e) {
            fits = false;
        }
        if (!fits) {
            throw new JarRefusedException("error.jar.api", d.id(), shorten(d.requires()), apiVersion);
        }
        for (PluginDependency dependency : d.dependencies()) {
            if (!ID.matcher(dependency.getPluginId()).matches() || dependency.getPluginId().equals(d.id())) {
                throw new JarRefusedException("error.jar.dependency", d.id(), shorten(dependency.getPluginId()));
            }
        }
        return d;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
