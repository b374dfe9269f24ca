/**
 * "gate" and "hang", small test plugins for permissions with their roles, per-space settings, translated
 * notifications and declarations that never answer. Tests pack these classes into real plugin jars with
 * {@link org.agora.it.gate.GateJar} and install them through the admin page.
 */
package org.agora.it.gate;
