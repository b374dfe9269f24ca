/**
 * Spaces: public, private and secret discussion spaces, their members, invitations and requests to join. Other
 * features ask {@link org.agora.spaces.SpaceAccess} what a person may read or write.
 */
package org.agora.spaces;
