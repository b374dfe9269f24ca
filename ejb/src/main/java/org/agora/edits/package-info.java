/**
 * Saving what someone edited without overwriting what another person saved meanwhile: an edit form carries the
 * version of the record it was read at, and a save on a record that has changed since is refused as a conflict.
 */
package org.agora.edits;
