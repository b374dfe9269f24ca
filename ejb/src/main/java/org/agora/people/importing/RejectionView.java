package org.agora.people.importing;

/** A rejected line: its number, the reason, and what it held. */
public record RejectionView(int line, String reason, String excerpt) {
}
