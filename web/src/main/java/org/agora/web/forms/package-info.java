/** What the host's forms share: showing a form again, with its input, after a service refused that input. */
package org.agora.web.forms;
