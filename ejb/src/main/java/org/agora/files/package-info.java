/** The store of uploaded files: bytes on disk named by content hash, with size limits. */
package org.agora.files;
