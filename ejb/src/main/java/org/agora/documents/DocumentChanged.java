package org.agora.documents;

/** Fired inside the transaction that uploads, changes or deletes a document; search observes it. */
public record DocumentChanged(long documentId) {
}
