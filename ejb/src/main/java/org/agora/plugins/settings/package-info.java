/**
 * Company-wide settings of plugins: declared by each plugin ({@code SettingsProvider}), saved by administrators on
 * a page the host generates, read back by the plugin through its context.
 */
package org.agora.plugins.settings;
