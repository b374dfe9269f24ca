package org.agora.privacy;

import java.nio.file.Path;

/** What the archive job writes: the person's data into the file. */
public record PersonalExportTask(long exportId, long personId, Path file) {
}
