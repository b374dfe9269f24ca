/** The notifications page and the bell of the top navigation. */
package org.agora.web.notify;
