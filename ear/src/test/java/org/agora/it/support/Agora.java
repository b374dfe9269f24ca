package org.agora.it.support;

import java.io.File;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Where the Agora under test is: its EAR, its URL, its server folder and the files it stores there. */
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

    /**
     * @return where the server's file store keeps these bytes: named by their SHA-256 under two folders, in the data
     *         folder of the server under test
     */
    public static Path storedFile(byte[] content) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return SERVER_DIR.resolve("agora-data/files").resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4))
                    .resolve(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a unique word for test data, so that tests sharing the database do not see each other's */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    /*
     * Arquillian runs an in-container test through a servlet of its own, which it calls under the module's name
     * rather than the context root "/" and which Agora's sign-in would otherwise guard.
     */
    private static final String RUNNER_IS_PUBLIC = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_runner</name>
                <servlet>
                    <servlet-name>ArquillianRunnerUnderModuleName</servlet-name>
                    <servlet-class>org.jboss.arquillian.protocol.servlet5.runner.ServletTestRunner</servlet-class>
                </servlet>
                <servlet-mapping>
                    <servlet-name>ArquillianRunnerUnderModuleName</servlet-name>
                    <url-pattern>/agora-web/ArquillianServletRunnerEE9</url-pattern>
                </servlet-mapping>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        <url-pattern>/agora-web/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>""";

    /** @return the EAR with {@code test} inside its web module, for tests that run inside Agora on Liberty */
    public static EnterpriseArchive earRunning(Class<?> test) {
        EnterpriseArchive ear = ear();
        // with the annotation that brings Arquillian's extension, or JUnit in Agora would run the test without it
        ear.getAsType(WebArchive.class, "agora-web.war").addClasses(test, Agora.class, OwnDeployment.class)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                        .addAsManifestResource(new StringAsset(RUNNER_IS_PUBLIC), "web-fragment.xml"));
        return ear;
    }
}
