/**
 * Sign-in through Jakarta Security against Agora's accounts, with guessing held back and a new session at each
 * sign-in; the current user, and security headers.
 */
package org.agora.web.security;
