package org.agora.plugins.testkit;

import java.util.HashMap;
import java.util.Map;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;

/** The spaces a test declared, public or not, and who may read their items, for {@link TestHost}. */
final class TestSpaces {

    private final TestPeople people;
    private final Map<Long, Boolean> open = new HashMap<>();

    TestSpaces(TestPeople people) {
        this.people = people;
    }

    void declare(long spaceId, boolean isPublic, Viewer... members) {
        open.put(spaceId, isPublic);
        for (Viewer m : members) {
            people.join(spaceId, m.id());
        }
    }

    SpaceRef ref(long spaceId, String name, Viewer viewer) {
        boolean member = people.isMember(spaceId, viewer.id());
        return new SpaceRef(spaceId, "space-" + spaceId, name, member, false);
    }

    /** @return true for company-wide items, items of public or undeclared spaces, and items of the viewer's spaces */
    boolean mayRead(Viewer viewer, Long spaceId) {
        return spaceId == null || open.getOrDefault(spaceId, true) || people.isMember(spaceId, viewer.id());
    }
}
