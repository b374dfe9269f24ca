/** Following colleagues and spaces, whose posts then come into the home feed where the reader may read them. */
package org.agora.follows;
