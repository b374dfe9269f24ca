package org.agora.spaces;

/** Fired inside the transaction that creates, describes or archives a space; search observes it. */
public record SpaceChanged(long spaceId) {
}
