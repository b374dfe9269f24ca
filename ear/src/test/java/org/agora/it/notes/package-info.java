/** The "notes" test plugin: publishes content items through the plugins API, as a real plugin would. */
package org.agora.it.notes;
