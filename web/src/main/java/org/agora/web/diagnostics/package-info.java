/** What an answer can tell about the work behind it, for tests and measurements. */
package org.agora.web.diagnostics;
