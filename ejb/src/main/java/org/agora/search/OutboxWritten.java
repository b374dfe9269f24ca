package org.agora.search;

/** Fired when a change joins the outbox; its after-commit observer drains the outbox into the index. */
public record OutboxWritten() {
}
