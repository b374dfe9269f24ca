package org.agora.people;

/** Fired inside the transaction that creates a person or changes their name, job or profile; search observes it. */
public record PersonChanged(long personId) {
}
