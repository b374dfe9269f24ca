/** Reacting to posts and comments and listing who reacted, where the reader may read the post. */
package org.agora.reactions;
