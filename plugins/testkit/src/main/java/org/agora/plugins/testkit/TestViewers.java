package org.agora.plugins.testkit;

import java.util.Locale;
import java.util.Set;
import org.agora.plugins.api.PersonCard;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.Viewer;

/** The people {@link TestHost} makes up from a name: the same name, the same id, e-mail and handle. */
final class TestViewers {

    private TestViewers() {
    }

    static Viewer named(String name, String... roles) {
        return viewer(idOf(name), name, roles);
    }

    static Viewer viewer(long id, String name, String... roles) {
        return new Viewer(id, name,
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "@example.test", Set.of(roles));
    }

    /** @return the directory card of a person made up from a name */
    static PersonCard card(Viewer viewer, String jobTitle, String department, String location) {
        return new PersonCard(new PersonRef(viewer.id(), viewer.name(), handle(viewer.name())), jobTitle, department,
                location);
    }

    private static long idOf(String name) {
        // stable across runs and machines, unlike identity hash codes; far from the small ids tests write by hand
        return 1_000 + Integer.toUnsignedLong(name.hashCode()) % 1_000_000_000L;
    }

    private static String handle(String name) {
        return TestPeople.fold(name).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
    }
}
