/** Signing in and out, and the first-run set-up of the administrator account. */
package org.agora.web.account;
