package org.agora.mentions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.content.Mentioned;
import org.agora.content.References;
import org.agora.mentions.model.Handle;
import org.agora.mentions.model.NameMatch;
import org.agora.mentions.model.PostMention;
import org.agora.people.model.Person;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.model.SpaceKind;

/** Who the handles of a post name, remembering mentions, and suggestions while typing one. */
@Stateless
public class MentionService {

    /** The most suggestions returned at once. */
    public static final int SUGGESTIONS = 8;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    SpaceAccess spaces;

    @Inject
    MentionCandidates candidates;

    /**
     * @param handles handles as {@link org.agora.content.References} found them
     * @return the person id of every handle that names exactly one person; other handles are left out
     */
    public Map<String, Long> resolve(Collection<String> handles) {
        Map<String, Long> people = new HashMap<>();
        for (String handle : handles) {
            List<Long> ids = em.createQuery(
                            "SELECT p.id FROM Person p WHERE p.email LIKE :pattern ESCAPE '\\' AND " + Person.LISTED,
                            Long.class)
                    .setParameter("pattern", Handle.emailPattern(handle)).setMaxResults(2).getResultList();
            if (ids.size() == 1) {
                people.put(handle, ids.get(0));
            }
        }
        return people;
    }

    /** @return the people the handles name, with their names for the links */
    public Mentioned named(Collection<String> handles) {
        Map<String, Long> ids = resolve(handles);
        if (ids.isEmpty()) {
            return Mentioned.NOBODY;
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT p.id, p.name FROM Person p WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", ids.values()).getResultStream()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return new Mentioned(ids, names);
    }

    /** @return the people a Markdown text mentions, with their names for the links */
    public Mentioned in(String markdown) {
        return named(References.of(markdown).handles());
    }

    /** Remembers that a post mentions these people. */
    public void remember(long postId, Collection<Long> personIds) {
        personIds.forEach(id -> em.persist(new PostMention(postId, id)));
    }

    /**
     * The spaces a mention may name: the public ones and those the writer is a member of. A private or secret space
     * the writer is not in is never suggested, not even to an administrator, so that its name goes nowhere it is not
     * known already.
     *
     * @param typed the letters typed after {@code @}
     * @return up to {@value #SUGGESTIONS} spaces whose name, a word of it, or address starts with the letters
     */
    public List<SpaceSuggestion> suggestSpaces(String typed, long writerId) {
        String letters = NameMatch.fold(typed == null ? "" : typed.replaceFirst("^@", ""));
        if (letters.isEmpty() || letters.length() > 60) {
            return List.of();
        }
        List<Long> mine = new ArrayList<>(spaces.memberSpaceIds(writerId));
        mine.add(-1L);
        return em.createQuery("SELECT s.slug, s.name FROM Space s WHERE s.kind = :public OR s.id IN :mine",
                        Object[].class)
                .setParameter("public", SpaceKind.PUBLIC).setParameter("mine", mine).getResultStream()
                .map(r -> new SpaceSuggestion((String) r[0], (String) r[1]))
                .filter(s -> NameMatch.matches(letters, s.name(), s.slug()))
                .sorted(Comparator.comparing((SpaceSuggestion s) -> NameMatch.fold(s.name()))
                        .thenComparing(SpaceSuggestion::slug))
                .limit(SUGGESTIONS)
                .toList();
    }

    /**
     * @param typed the letters typed after {@code @}
     * @return up to {@value #SUGGESTIONS} people whose name, a word of it, or handle starts with the letters, by name
     */
    public List<MentionSuggestion> suggest(String typed) {
        return suggest(typed, SUGGESTIONS);
    }

    /**
     * @param typed the letters typed after {@code @}
     * @param limit at most this many
     * @return people whose name, a word of it, or handle starts with the letters, by name
     */
    public List<MentionSuggestion> suggest(String typed, int limit) {
        String letters = NameMatch.fold(typed == null ? "" : typed.replaceFirst("^@", ""));
        if (letters.isEmpty() || letters.length() > 60) {
            return List.of();
        }
        // accents cannot be ignored in Derby's SQL, so the directory's names are compared here
        return candidates.people().stream()
                .filter(c -> c.folded().matches(letters))
                .map(MentionCandidates.Candidate::person)
                .limit(limit)
                .toList();
    }
}
