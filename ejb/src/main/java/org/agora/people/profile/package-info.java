/** Profiles: what people say about themselves, who sees which field, and the people directory. */
package org.agora.people.profile;
