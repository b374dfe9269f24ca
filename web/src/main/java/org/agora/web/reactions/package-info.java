/** The reaction buttons' forms and the "who reacted" page. */
package org.agora.web.reactions;
