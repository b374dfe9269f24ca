package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The directory cards a page reads when it builds the index, and those it leaves to the background task. */
class DirectoryCardsTest extends SkillsFixture {

    @Test
    void aPageReadsAFewHundredCardsAndTheBackgroundTaskTheRest() throws Exception {
        taxonomy();
        long java = skill("Java");
        List<Map<String, String>> declared = new ArrayList<>();
        for (int i = 0; i < Directory.PAGE_CARDS + 100; i++) {
            long person = host.employee("Person " + i, null, "Department " + (i % 3), null, false).id();
            declared.add(new Declaration(0, 0, person, java, Level.EXPERT, false, false, Set.of(), null).fields());
        }
        host.records().createAll(Declaration.COLLECTION, declared);
        new SkillStore(host.records()).advance(); // as an import on another server would
        assertThat(index().colleagues()).hasSize(Directory.PAGE_CARDS + 100)
                .filteredOn(c -> c.name().isEmpty()).hasSize(100);
        host.run(new IndexRefresh());
        assertThat(index().colleagues()).noneMatch(c -> c.name().isEmpty());
        assertThat(index().departments()).containsExactly("Department 0", "Department 1", "Department 2");
    }
}
