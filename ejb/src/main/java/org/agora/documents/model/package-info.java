/** Folders, documents and their versions, and the rules for their names. */
package org.agora.documents.model;
