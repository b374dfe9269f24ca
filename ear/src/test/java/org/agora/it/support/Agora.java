package org.agora.it.support;

import java.io.File;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Where the Agora under test is: its EAR, its URL and its server folder. */
public final class Agora {

    public static final String URL = System.getProperty("agora.url", "http://localhost:9081");
    public static final Path SERVER_DIR = Path.of(System.getProperty("agora.server.dir",
            "target/liberty/wlp/usr/servers/agora-test"));

    private Agora() {
    }

    /** @return the real EAR built by this module */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("agora.ear", "target/agora-ear-0.1.0-SNAPSHOT.ear")));
    }

    /** @return a unique word for test data, so that tests sharing the database do not see each other's */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
