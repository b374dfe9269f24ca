/** Posts and the rules their text follows. */
package org.agora.feed.model;
