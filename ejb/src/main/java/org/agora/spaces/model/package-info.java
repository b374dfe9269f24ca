/**
 * Spaces and memberships, and {@link org.agora.spaces.model.Access}: the rules that decide who finds a space, reads
 * it, writes in it and manages it.
 */
package org.agora.spaces.model;
