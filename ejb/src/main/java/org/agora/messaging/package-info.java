/**
 * Instant messaging: one-to-one conversations, named groups and a chat channel per space, with messages in Markdown,
 * mentions, reactions, replies in threads, read markers for unread counts and a link to a video call. Who may read and
 * write a conversation is decided in one place ({@link org.agora.messaging.ConversationGate}), on every call.
 */
package org.agora.messaging;
