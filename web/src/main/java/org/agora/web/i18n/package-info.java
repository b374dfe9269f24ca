/** English and French: the message bundle of the views and the reader's choice of language. */
package org.agora.web.i18n;
