/**
 * Each space's document library: folders, documents with every uploaded version, and downloads that check the
 * reader's rights every time.
 */
package org.agora.documents;
