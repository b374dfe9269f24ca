package org.agora.plugins.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Declares a plugin's permissions with their default roles. The host hides menu entries whose
 * {@link MenuEntry#permission()} the reader lacks; handlers ask {@link PluginContext#permitted(Viewer, String)}
 * and answer {@link PageResult.Forbidden} when it says no.
 *
 * <pre>{@code
 * @Extension
 * public class WikiPermissions implements PermissionProvider {
 *     public List<PermissionDefinition> permissions() {
 *         return List.of(new PermissionDefinition("wiki.write", "permission.write", Set.of("member")));
 *     }
 * }
 * }</pre>
 *
 * @since 1.1.0
 */
public interface PermissionProvider extends ExtensionPoint {

    /** @return the plugin's permissions */
    List<PermissionDefinition> permissions();
}
