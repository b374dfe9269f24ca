/**
 * Sign-in protection: failed sign-ins counted per account, per client address and per pair of both, and attempts held
 * back for a delay that grows with each failure, so that passwords cannot be guessed at speed.
 */
package org.agora.people.signin;
