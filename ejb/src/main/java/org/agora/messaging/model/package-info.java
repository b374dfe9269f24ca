/** Conversations, their members, messages and read markers, with the rules that need no database. */
package org.agora.messaging.model;
