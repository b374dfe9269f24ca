/** Helpers that views use by name, such as date formatting. */
package org.agora.web.views;
