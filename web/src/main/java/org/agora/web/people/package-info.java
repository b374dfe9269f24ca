/** The people directory, profile pages, editing one's profile and photos. */
package org.agora.web.people;
