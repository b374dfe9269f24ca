package org.agora.it.thanks;

import org.agora.it.support.Agora;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.PluginJar;

/** The "thanks" test plugin, version 1.2.3 for plugins API 1.2. */
public final class ThanksJar {

    private static boolean installed;

    private ThanksJar() {
    }

    /**
     * Installs the plugin once per test run, as an administrator who dropped its jar into the plugins folder; it
     * stays for every class that uses it (a running plugin's jar is never rewritten).
     */
    public static synchronized void installOnce() {
        if (!installed) {
            PluginJar.plugin("thanks", "1.2.3").requires("^1.2.0")
                    .extension(ThanksPages.class).extension(ThanksDeclarations.class)
                    .entry("i18n/messages.properties", "thanks.who=Whom to thank\nthanks.send=Thank them\n")
                    .entry("i18n/messages_fr.properties", "thanks.who=Qui remercier\nthanks.send=Remercier\n")
                    .entry("templates/give.html", """
                            <form method="post" th:action="${base} + '/give'" class="give">
                                <th:block th:replace="~{agora/forms :: csrf}"></th:block>
                                <div th:replace="~{agora/people :: picker('to', #{thanks.who}, true)}"></div>
                                <button type="submit" class="btn btn-primary" th:text="#{thanks.send}">Thank</button>
                            </form>
                            """)
                    .writeTo(Agora.SERVER_DIR.resolve("plugins"), "thanks-plugin.jar");
            PluginAdmin.rescanAsAdministrator();
            installed = true;
        }
    }
}
