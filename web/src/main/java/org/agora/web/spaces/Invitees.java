package org.agora.web.spaces;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agora.mentions.MentionService;
import org.agora.validation.InvalidInputException;

/**
 * The people an invitation form names: the ids the people picker sends, or, without JavaScript, the handles typed in
 * its field, separated by commas or spaces.
 */
public final class Invitees {

    private Invitees() {
    }

    /** @throws InvalidInputException naming the first handle that names nobody */
    public static List<Long> ids(List<String> chosen, String handles, MentionService mentions) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : chosen == null ? List.<String>of() : chosen) {
            try {
                ids.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("invitees", "error.space.invite.unknownPerson");
            }
        }
        List<String> typed = new ArrayList<>();
        for (String word : handles == null ? new String[0] : handles.split("[,;\\s]+")) {
            String handle = word.strip().replaceFirst("^@", "").replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
            if (!handle.isEmpty()) {
                typed.add(handle);
            }
        }
        Map<String, Long> found = mentions.resolve(typed);
        for (String handle : typed) {
            Long id = found.get(handle);
            if (id == null) {
                throw new InvalidInputException("invitees", "error.space.invite.handle", handle);
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }
}
