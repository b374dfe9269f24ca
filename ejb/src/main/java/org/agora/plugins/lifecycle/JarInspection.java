package org.agora.plugins.lifecycle;

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
import org.agora.validation.InvalidInputException;
import org.pf4j.PluginDependency;
import org.pf4j.VersionManager;

/**
 * The checks a plugin jar passes before any of its code is loaded: size, a real zip, no entry that leaves the jar,
 * a descriptor with id and version, a {@code Plugin-Requires} range this Agora satisfies, and well-formed
 * {@code Plugin-Dependencies}. Each refusal says why.
 */
public final class JarInspection {

    /** Plugin ids become URL segments under {@code /m/}, so they follow the page controller's pattern. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final String FIELD = "jar";
    private static final int MAX_ENTRIES = 10_000;

    private final long maxBytes;
    private final String apiVersion;
    private final VersionManager versions;

    /**
     * @param maxBytes   the largest jar accepted
     * @param apiVersion the plugins-api version this Agora provides
     * @param versions   how PF4J compares versions and ranges
     */
    public JarInspection(long maxBytes, String apiVersion, VersionManager versions) {
        this.maxBytes = maxBytes;
        this.apiVersion = apiVersion;
        this.versions = versions;
    }

    /**
     * @return the descriptor of a jar that passed every check
     * @throws InvalidInputException saying why the jar is refused
     */
    public JarDescriptor inspect(Path jar) throws IOException {
        if (Files.size(jar) > maxBytes) {
            throw refused("The jar is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB.");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            checkEntries(zip);
            JarDescriptor descriptor = descriptor(zip).orElseThrow(() -> refused("The jar has no plugin "
                    + "descriptor: its MANIFEST.MF needs Plugin-Id and Plugin-Version (or a plugin.properties "
                    + "with plugin.id and plugin.version)."));
            return checked(descriptor);
        } catch (ZipException e) {
            throw refused("The file is not a jar: it cannot be read as a zip archive.");
        }
    }

    private static void checkEntries(ZipFile zip) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        for (int n = 0; entries.hasMoreElements(); n++) {
            if (n > MAX_ENTRIES) {
                throw refused("The jar has more than " + MAX_ENTRIES + " entries.");
            }
            String name = entries.nextElement().getName();
            if (unsafe(name)) {
                throw refused("The jar contains an entry whose path leaves the plugin: " + shorten(name));
            }
        }
    }

    /** @return true for absolute paths, drive letters, backslashes and ".." segments */
    static boolean unsafe(String name) {
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

    private static Optional<JarDescriptor> descriptor(ZipFile zip) throws IOException {
        ZipEntry manifestEntry = zip.getEntry("META-INF/MANIFEST.MF");
        if (manifestEntry != null) {
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                Attributes main = new Manifest(in).getMainAttributes();
                if (main.getValue("Plugin-Id") != null) {
                    return Optional.of(new JarDescriptor(trim(main.getValue("Plugin-Id")),
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
                return Optional.of(new JarDescriptor(trim(properties.getProperty("plugin.id")),
                        trim(properties.getProperty("plugin.version")),
                        trim(properties.getProperty("plugin.requires")),
                        dependencies(properties.getProperty("plugin.dependencies"))));
            }
        }
        return Optional.empty();
    }

    /** Reads {@code Plugin-Dependencies} as PF4J does: {@code id}, {@code id@range}, {@code id?} for optional. */
    static List<PluginDependency> dependencies(String value) {
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

    /**
     * @param dependency a plugin another one needs
     * @param installed  the version of that plugin running here, or null
     * @return why {@code installed} does not satisfy the dependency, in English, or null when it does
     */
    public String unmet(PluginDependency dependency, String installed) {
        String range = dependency.getPluginVersionSupport();
        boolean anyVersion = range == null || range.isBlank() || range.equals("*");
        if (installed == null) {
            return "plugin " + dependency.getPluginId() + (anyVersion ? "" : " " + range) + ", which is not running";
        }
        boolean fits;
        try {
            fits = anyVersion || versions.checkVersionConstraint(installed, range);
        } catch (RuntimeException e) {
            fits = false;
        }
        return fits ? null : "plugin " + dependency.getPluginId() + " " + range + ", and version " + installed
                + " is installed";
    }

    private JarDescriptor checked(JarDescriptor d) {
        if (!ID.matcher(d.id()).matches()) {
            throw refused("The plugin id “" + shorten(d.id()) + "” must be 1 to 64 lower-case letters, digits, "
                    + "dots, dashes or underscores, starting with a letter or digit.");
        }
        if (d.version().isEmpty()) {
            throw refused("The plugin “" + d.id() + "” has no version (Plugin-Version).");
        }
        try {
            versions.compareVersions(d.version(), "0.0.0");
        } catch (RuntimeException e) {
            throw refused("The version “" + shorten(d.version()) + "” is not a semantic version such as 1.2.0.");
        }
        boolean fits;
        try {
            fits = d.requires().isEmpty() || versions.checkVersionConstraint(apiVersion, d.requires());
        } catch (RuntimeException e) {
            fits = false;
        }
        if (!fits) {
            throw refused("The plugin “" + d.id() + "” needs plugins-api " + shorten(d.requires())
                    + ", this Agora provides " + apiVersion + ".");
        }
        for (PluginDependency dependency : d.dependencies()) {
            if (!ID.matcher(dependency.getPluginId()).matches() || dependency.getPluginId().equals(d.id())) {
                throw refused("The plugin “" + d.id() + "” names an impossible dependency: "
                        + shorten(dependency.getPluginId()));
            }
        }
        return d;
    }

    /**
     * @return true if {@code candidate} is a newer version than {@code installed}
     */
    public boolean newer(String candidate, String installed) {
        try {
            return versions.compareVersions(candidate, installed) > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
