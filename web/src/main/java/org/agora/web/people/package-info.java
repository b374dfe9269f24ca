/** People as other pages need them: the suggestions of the mention autocomplete. */
package org.agora.web.people;
