/**
 * Instant messaging in the browser: the list of one's conversations, a conversation's page with its history and
 * composer, the live connection ({@link org.agora.web.messaging.ChatEndpoint}) that brings messages, edits,
 * reactions, typing and read receipts without reload, and the JSON that a browser without WebSocket polls.
 */
package org.agora.web.messaging;
