package org.agora.messaging;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.content.RichText;
import org.agora.messaging.model.ChatAccess;
import org.agora.messaging.model.Conversation;
import org.agora.messaging.model.ConversationKind;
import org.agora.messaging.model.ConversationMember;
import org.agora.notify.model.Mute;
import org.agora.people.model.Person;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.model.Access;
import org.agora.spaces.model.Space;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * Starting conversations (one-to-one, groups, a space's channel), their members, and the list of a person's
 * conversations with what is unread.
 */
@Stateless
public class ConversationService {

    /** Unread messages are counted up to this many per conversation; pages show more as "99+". */
    public static final int UNREAD_COUNTED = 100;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    ConversationGate gate;

    @EJB
    SpaceAccess spaces;

    @Inject
    Event<ChatEvent> events;

    /**
     * @return the one conversation of the two people, begun now if they had none
     * @throws UnknownItemException if the other person is not in the directory
     * @throws InvalidInputException if it is the same person
     */
    public long direct(long me, long other) {
        String key = Conversation.pairKey(me, other);
        listed(List.of(other));
        return em.createQuery("SELECT c.id FROM Conversation c WHERE c.pairKey = :key", Long.class)
                .setParameter("key", key).getResultStream().findFirst()
                .orElseGet(() -> {
                    Instant now = Instant.now();
                    Conversation c = Conversation.direct(me, other, now);
                    em.persist(c);
                    em.flush();
                    em.persist(new ConversationMember(c.getId(), me, now));
                    em.persist(new ConversationMember(c.getId(), other, now));
                    return c.getId();
                });
    }

    /**
     * Begins a named group of the person and the others.
     *
     * @return the group's id
     * @throws InvalidInputException for a missing name, or too few or too many people
     * @throws UnknownItemException if someone is not in the directory
     */
    public long group(long me, String name, Collection<Long> others) {
        Set<Long> people = new LinkedHashSet<>(others);
        people.add(me);
        Conversation.checkGroupSize(people.size());
        Conversation c = Conversation.group(name, Instant.now());
        listed(people);
        em.persist(c);
        em.flush();
        people.forEach(p -> em.persist(new ConversationMember(c.getId(), p, c.getCreatedAt())));
        return c.getId();
    }

    /**
     * Adds people to a group; any member may.
     *
     * @throws AccessDeniedException if it is not a group
     * @throws InvalidInputException if the group would pass {@value Conversation#MAX_GROUP} people
     */
    public void add(long conversationId, long me, Collection<Long> people) {
        Conversation c = managed(conversationId, me);
        Set<Long> now = gate.readers(conversationId);
        Set<Long> added = new LinkedHashSet<>(people);
        added.removeAll(now);
        if (added.isEmpty()) {
            throw new InvalidInputException("members", "error.conversation.nobodyAdded");
        }
        Conversation.checkGroupSize(now.size() + added.size());
        listed(added);
        Instant at = Instant.now();
        added.forEach(p -> em.persist(new ConversationMember(c.getId(), p, at)));
        events.fire(new ChatEvent(ChatEvent.Type.MEMBERS, conversationId, 0, me));
    }

    /**
     * Removes a person from a group (oneself: leaving it); any member may. They stop receiving its messages at once.
     *
     * @throws AccessDeniedException if it is not a group
     * @throws UnknownItemException if the person is not a member
     */
    public void remove(long conversationId, long me, long person) {
        managed(conversationId, me);
        ConversationMember member = em.find(ConversationMember.class,
                new ConversationMember.Key(conversationId, person));
        if (member == null) {
            throw new UnknownItemException("error.conversation.notMember");
        }
        em.remove(member);
        em.flush();
        events.fire(new ChatEvent(ChatEvent.Type.MEMBERS, conversationId, 0, me));
    }

    /** Renames a group; any member may. */
    public void rename(long conversationId, long me, String name) {
        managed(conversationId, me).rename(name);
    }

    /**
     * @return the chat channel of the space, made on its first use
     * @throws UnknownItemException if the space is unknown or the person is not among its members
     */
    public long channel(String spaceSlug, long me) {
        Space space = em.createQuery("SELECT s FROM Space s WHERE s.slug = :slug", Space.class)
                .setParameter("slug", spaceSlug).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownItemException("error.space.unknown"));
        Access access = spaces.access(space.getId(), me);
        if (!access.canFind()) {
            throw new UnknownItemException("error.space.unknown");
        }
        if (!access.isMember()) {
            throw new AccessDeniedException("error.conversation.channelMembers");
        }
        return em.createQuery("SELECT c.id FROM Conversation c WHERE c.spaceId = :space", Long.class)
                .setParameter("space", space.getId()).getResultStream().findFirst()
                .orElseGet(() -> {
                    Conversation c = Conversation.channel(space.getId(), Instant.now());
                    em.persist(c);
                    em.flush();
                    return c.getId();
                });
    }

    /**
     * @return the conversation as the person sees it
     * @throws UnknownItemException if it does not exist or the person is not a member
     */
    public ConversationView view(long conversationId, long me) {
        Conversation c = gate.readable(conversationId, me);
        ChatAccess access = gate.access(c, me);
        List<ConversationView.Member> members = c.getKind() == ConversationKind.SPACE ? List.of()
                : em.createQuery("""
                        SELECT p.id, p.name FROM ConversationMember m, Person p
                        WHERE p.id = m.personId AND m.conversationId = :c ORDER BY p.name""", Object[].class)
                .setParameter("c", conversationId).getResultStream()
                .map(r -> new ConversationView.Member((Long) r[0], (String) r[1])).toList();
        String slug = c.getSpaceId() == null ? null : em.find(Space.class, c.getSpaceId()).getSlug();
        return new ConversationView(c.getId(), c.getKind(), titles(List.of(c), me).get(c.getId()), slug, members,
                access, isMuted(conversationId, me));
    }

    /** @return the conversation's name as the person sees it: a group's or space's name, or the other person's */
    public String title(long conversationId, long me) {
        return titles(List.of(em.find(Conversation.class, conversationId)), me).get(conversationId);
    }

    /**
     * @return the person's conversations, the one with the newest message first, with their unread counts (up to
     *     {@value #UNREAD_COUNTED} each)
     */
    public List<ConversationSummary> mine(long me) {
        List<Long> ids = gate.readableIds(me);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Conversation> all = em.createQuery("SELECT c FROM Conversation c WHERE c.id IN :ids", Conversation.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, String> titles = titles(all, me);
        Map<Long, Long> unread = unread(ids, me);
        Map<Long, String> last = lastTexts(all);
        return all.stream()
                .filter(c -> c.getKind() != ConversationKind.SPACE || c.getLastMessageId() != null)
                .sorted(Comparator.comparing((Conversation c) -> c.getLastMessageId() == null ? 0L
                        : c.getLastMessageId()).reversed().thenComparing(Conversation::getId, Comparator.reverseOrder()))
                .map(c -> new ConversationSummary(c.getId(), c.getKind(), titles.get(c.getId()),
                        c.getLastMessageAt() == null ? c.getCreatedAt() : c.getLastMessageAt(),
                        unread.getOrDefault(c.getId(), 0L), last.get(c.getId())))
                .toList();
    }

    /** @return how many messages of others the person has not read, in all their conversations (the header's count) */
    public long unreadTotal(long me) {
        List<Long> ids = gate.readableIds(me);
        return ids.isEmpty() ? 0 : unread(ids, me).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Mutes or unmutes a conversation for a member: no notification comes of it while muted. */
    public void mute(long conversationId, long me, boolean muted) {
        gate.readable(conversationId, me);
        Mute existing = em.find(Mute.class, new Mute.Key(me, Mute.Target.CHAT, conversationId));
        if (muted && existing == null) {
            em.persist(new Mute(me, Mute.Target.CHAT, conversationId, Instant.now()));
        } else if (!muted && existing != null) {
            em.remove(existing);
        }
    }

    /** @return true if the person muted the conversation */
    public boolean isMuted(long conversationId, long me) {
        return em.find(Mute.class, new Mute.Key(me, Mute.Target.CHAT, conversationId)) != null;
    }

    private Conversation managed(long conversationId, long me) {
        Conversation c = gate.readable(conversationId, me);
        if (!gate.access(c, me).canManage()) {
            throw new AccessDeniedException("error.conversation.notGroup");
        }
        return c;
    }

    /** @throws UnknownItemException if one of the people is not in the directory */
    private void listed(Collection<Long> people) {
        if (people.isEmpty()) {
            return;
        }
        long found = em.createQuery("SELECT COUNT(p) FROM Person p WHERE p.id IN :ids AND " + Person.LISTED,
                        Long.class)
                .setParameter("ids", people).getSingleResult();
        if (found != people.size()) {
            throw new UnknownItemException("error.conversation.person");
        }
    }

    // a group's or space's name; for a one-to-one, the other person's name
    private Map<Long, String> titles(List<Conversation> conversations, long me) {
        Map<Long, String> titles = new HashMap<>();
        List<Long> direct = new ArrayList<>();
        List<Long> spaceIds = new ArrayList<>();
        for (Conversation c : conversations) {
            switch (c.getKind()) {
                case GROUP -> titles.put(c.getId(), c.getName());
                case DIRECT -> direct.add(c.getId());
                case SPACE -> spaceIds.add(c.getSpaceId());
            }
        }
        if (!direct.isEmpty()) {
            em.createQuery("""
                            SELECT m.conversationId, p.name FROM ConversationMember m, Person p
                            WHERE p.id = m.personId AND m.conversationId IN :ids AND m.personId <> :me""",
                            Object[].class)
                    .setParameter("ids", direct).setParameter("me", me).getResultStream()
                    .forEach(r -> titles.put((Long) r[0], (String) r[1]));
        }
        if (!spaceIds.isEmpty()) {
            Map<Long, String> names = new HashMap<>();
            em.createQuery("SELECT s.id, s.name FROM Space s WHERE s.id IN :ids", Object[].class)
                    .setParameter("ids", spaceIds).getResultStream()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
            conversations.stream().filter(c -> c.getSpaceId() != null)
                    .forEach(c -> titles.put(c.getId(), names.get(c.getSpaceId())));
        }
        return titles;
    }

    // joined with the reader's read markers rather than a subquery per message, so that each conversation's count
    // reads only its messages after the marker, by index, however long its history
    // each conversation's unread messages, counted up to UNREAD_COUNTED through the history index, and only in the
    // conversations whose newest message is past the person's marker: a long history costs nothing once read
    private Map<Long, Long> unread(List<Long> ids, long me) {
        Map<Long, Long> read = new HashMap<>();
        em.createQuery("""
                        SELECT r.conversationId, r.lastReadId FROM ReadMarker r
                        WHERE r.personId = :me AND r.conversationId IN :ids""", Object[].class)
                .setParameter("me", me).setParameter("ids", ids).getResultStream()
                .forEach(r -> read.put((Long) r[0], (Long) r[1]));
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("""
                        SELECT c.id, c.lastMessageId FROM Conversation c
                        WHERE c.id IN :ids AND c.lastMessageId IS NOT NULL""", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> {
                    long conversation = (Long) r[0];
                    long after = read.getOrDefault(conversation, 0L);
                    if ((Long) r[1] > after) {
                        int unread = em.createQuery("""
                                        SELECT m.id FROM Message m WHERE m.conversationId = :c AND m.id > :after
                                        AND m.author.id <> :me AND m.deletedAt IS NULL ORDER BY m.id DESC""", Long.class)
                                .setParameter("c", conversation).setParameter("after", after).setParameter("me", me)
                                .setMaxResults(UNREAD_COUNTED).getResultList().size();
                        if (unread > 0) {
                            counts.put(conversation, (long) unread);
                        }
                    }
                });
        return counts;
    }

    private Map<Long, String> lastTexts(List<Conversation> conversations) {
        List<Long> lastIds = conversations.stream().map(Conversation::getLastMessageId)
                .filter(java.util.Objects::nonNull).toList();
        Map<Long, String> texts = new HashMap<>();
        if (!lastIds.isEmpty()) {
            em.createQuery("SELECT m.conversationId, m.text.body FROM Message m WHERE m.id IN :ids", Object[].class)
                    .setParameter("ids", lastIds).getResultStream()
                    .forEach(r -> texts.put((Long) r[0], snippet(RichText.toPlainText((String) r[1]))));
        }
        return texts;
    }

    /** @return the start of a text on one line, at most 80 characters */
    static String snippet(String plainText) {
        String text = plainText.strip().replaceAll("\\s+", " ");
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
