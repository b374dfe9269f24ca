/**
 * Settings of plugins: declared by each plugin ({@code SettingsProvider}), saved by administrators company-wide on
 * a page the host generates and, for settings declared per space, by each space's owners and managers on the space's
 * modules page; read back by the plugin through its context.
 */
package org.agora.plugins.settings;
