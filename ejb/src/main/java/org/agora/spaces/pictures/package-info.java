/** A space's cover image and icon: checked, rendered and kept in the file store, and shown to who may find it. */
package org.agora.spaces.pictures;
