/** Error pages: 404 for unknown addresses, 403 for refused forms and pages, and no stack trace ever. */
package org.agora.web.errors;
