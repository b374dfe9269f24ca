/** The profile entity and its rules: field limits, tags, links, and who sees which field. */
package org.agora.people.profile.model;
