package org.agora.plugins.privacy;

import java.util.List;

/**
 * What erasing a person's plugin data did.
 *
 * @param recordsDeleted how many records owned by the person were deleted
 * @param plugins        the plugins whose erase hook ran
 * @param failed         the plugins whose erase hook failed, to be tried again
 */
public record ErasureReport(int recordsDeleted, List<String> plugins, List<String> failed) {

    public ErasureReport {
        plugins = List.copyOf(plugins);
        failed = List.copyOf(failed);
    }
}
