/** Reactions (like, recommend, interested) on posts and comments, one per person per item. */
package org.agora.reactions.model;
