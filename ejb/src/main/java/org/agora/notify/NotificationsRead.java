package org.agora.notify;

/** Some of a person's notifications were marked read, so their open pages' bells count fewer. */
public record NotificationsRead(long ownerId) {
}
