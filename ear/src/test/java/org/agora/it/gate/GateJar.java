package org.agora.it.gate;

import org.agora.it.support.PluginJar;

/** The jars of the gate and hang test plugins, with the gate's message bundles. */
public final class GateJar {

    private GateJar() {
    }

    /** @return the gate plugin with id {@code id} */
    public static byte[] gate(String id) {
        return PluginJar.plugin(id, "1.0.0").requires("^1.1.0").extension(GateDeclarations.class)
                .extension(GatePages.class).extension(GateMenu.class)
                .entry("i18n/messages.properties", """
                        gate.notice=Hello {0}, {1} gates opened for you
                        gate.tab=Space gate
                        gate.permission.open=Open the gate
                        gate.permission.space=Open the gate of a space
                        gate.setting.color=Colour of the gate
                        gate.setting.size=Size of the gate
                        gate.setting.title=Title of the gate
                        """)
                .entry("i18n/messages_fr.properties", """
                        gate.notice=Bonjour {0}, {1} portails se sont ouverts pour vous
                        gate.tab=Portail de l''espace
                        gate.permission.open=Ouvrir le portail
                        gate.permission.space=Ouvrir le portail d''un espace
                        gate.setting.color=Couleur du portail
                        gate.setting.size=Taille du portail
                        gate.setting.title=Titre du portail
                        """).bytes();
    }

    /** @return a plugin whose page's template reads a model object that never answers */
    public static byte[] slowView(String id) {
        return PluginJar.plugin(id, "1.0.0").requires("^1.1.0").extension(SlowViewPages.class)
                .withClass(SlowModel.class)
                .entry("templates/slow.html", "<p class=\"slow\" th:text=\"${slow.text}\">text</p>\n").bytes();
    }

    /** @return a plugin whose menu entries never come */
    public static byte[] hangingMenu(String id) {
        return PluginJar.plugin(id, "1.0.0").requires("^1.1.0").extension(HangingMenu.class).bytes();
    }

    /** @return a plugin whose permission declaration never answers */
    public static byte[] hanging(String id) {
        return PluginJar.plugin(id, "1.0.0").requires("^1.1.0").extension(HangingPermissions.class).bytes();
    }
}
