/**
 * People: the directory, profile pages, editing one's profile and photo, and the suggestions of the mention
 * autocomplete.
 */
package org.agora.web.people;
