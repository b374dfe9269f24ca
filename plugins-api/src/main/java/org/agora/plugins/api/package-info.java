/**
 * The contract between Agora and its plugins.
 *
 * <p>A plugin is a PF4J plugin jar whose extensions implement the extension points of this package:
 * <ul>
 *   <li>{@link org.agora.plugins.api.PageHandler} serves pages under {@code /m/{plugin-id}/}, with the current
 *       space and person ({@link org.agora.plugins.api.PageRequest}), form data and uploaded files;</li>
 *   <li>{@link org.agora.plugins.api.NavigationContributor} adds entries to the top navigation, to space tabs and
 *       to profile tabs ({@link org.agora.plugins.api.MenuLocation});</li>
 *   <li>{@link org.agora.plugins.api.SettingsProvider} declares settings edited by administrators, and by space
 *       owners for those set per space;</li>
 *   <li>{@link org.agora.plugins.api.PermissionProvider} declares permissions with default roles;</li>
 *   <li>{@link org.agora.plugins.api.PeriodicTask} is run by the host at an interval;</li>
 *   <li>{@link org.agora.plugins.api.events.HostEventListener} hears Agora's events;</li>
 *   <li>{@link org.agora.plugins.api.PersonalDataHandler} takes part in GDPR exports and erasures;</li>
 *   <li>{@link org.agora.plugins.api.content.ContentTypeProvider} declares content types, whose items the host keeps
 *       as its own content: feed cards, comments, reactions, mentions, hashtags, files and search.</li>
 * </ul>
 * The host hands every call a {@link org.agora.plugins.api.PluginContext} that gives the plugin its storage
 * ({@link org.agora.plugins.api.RecordStore}, queried with {@link org.agora.plugins.api.RecordQuery}), its
 * content items ({@link org.agora.plugins.api.content.ContentItems}), its settings, its messages, permission checks
 * and notifications. Inside the plugin jar, {@code templates/} holds
 * Thymeleaf templates, {@code i18n/messages*.properties} the messages and {@code assets/} static files served at
 * {@code /m/{plugin-id}/assets/}. Nothing in this package exposes JPA, EJB or servlet types, so plugins stay
 * independent of how the host is built.
 *
 * <p>The API follows semantic versioning; {@link org.agora.plugins.api.PluginsApi#VERSION} is the version a plugin's
 * {@code Plugin-Requires} is checked against.
 */
package org.agora.plugins.api;
