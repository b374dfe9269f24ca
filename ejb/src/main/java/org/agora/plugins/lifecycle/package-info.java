/**
 * The plugin lifecycle without restart: which plugins are installed, enabled, forced on or off by an administrator
 * and switched on or off per space, kept in the database so that every node applies the same state; the checks an
 * uploaded jar passes before anything in it runs; and the circuit breaker that suspends a failing plugin for a while.
 */
package org.agora.plugins.lifecycle;
