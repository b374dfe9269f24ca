/** Sign-in through Jakarta Security against Agora's accounts, the current user, and security headers. */
package org.agora.web.security;
