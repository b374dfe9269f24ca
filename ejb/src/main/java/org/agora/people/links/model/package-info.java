/** The stored password link: whom it is for, the hash of its secret, until when it works and whether it was used. */
package org.agora.people.links.model;
