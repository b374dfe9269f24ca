package org.agora.messaging;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.attachments.AttachmentFile;
import org.agora.attachments.AttachmentService;
import org.agora.attachments.AttachmentView;
import org.agora.attachments.Upload;
import org.agora.config.AgoraConfig;
import org.agora.content.Mentioned;
import org.agora.mentions.MentionService;
import org.agora.messaging.model.CallRoom;
import org.agora.messaging.model.Conversation;
import org.agora.messaging.model.Message;
import org.agora.messaging.model.MessageText;
import org.agora.messaging.model.ReadMarker;
import org.agora.people.model.Person;
import org.agora.reactions.ReactionService;
import org.agora.reactions.ReactionSummary;
import org.agora.reactions.model.ReactionKind;
import org.agora.reactions.model.ReactionTarget;
import org.agora.messaging.model.ConversationMember;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * Writing, editing, deleting and reacting to messages, reading a conversation's history and what came after a
 * message, read markers and calls; each call checks the person's membership through {@link ConversationGate}.
 */
@Stateless
public class MessageService {

    /** The messages of one page of history. */
    public static final int PAGE = 50;

    /** The most messages one catch-up after a reconnection returns; the client asks again from the last one. */
    public static final int CATCH_UP = 200;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    ConversationGate gate;

    @EJB
    MentionService mentions;

    @EJB
    ReactionService reactions;

    @EJB
    AttachmentService attachments;

    @Inject
    AgoraConfig config;

    @EJB
    ChatNotifications notifications;

    @Inject
    Event<ChatEvent> events;

    @Inject
    Event<MessageWritten> written;

    /**
     * Writes a message, perhaps in the thread of another.
     *
     * @param parentId the message replied to, or null
     * @return the message as its author sees it
     * @throws UnknownItemException if the person is not a member, or the message replied to is not in the
     *                              conversation
     * @throws InvalidInputException if the text is empty or too long
     */
    public MessageView send(long conversationId, long me, Long parentId, String markdown) {
        return send(conversationId, me, parentId, markdown, List.of());
    }

    /**
     * Writes a message with files and images, checked as a post's attachments; with files, the text may be empty.
     *
     * @throws InvalidInputException if a file or the text is refused: then nothing is stored
     */
    public MessageView send(long conversationId, long me, Long parentId, String markdown, List<Upload> files) {
        gate.writable(conversationId, me);
        return attachments.writeMessage(files, () -> write(conversationId, me, parentId,
                new MessageText(markdown, !files.isEmpty())), MessageView::id);
    }

    private MessageView write(long conversationId, long me, Long parentId, MessageText text) {
        Conversation c = gate.writable(conversationId, me);
        Message parent = null;
        if (parentId != null) {
            parent = em.find(Message.class, parentId);
            if (parent == null || parent.getConversationId() != conversationId) {
                throw new UnknownItemException("error.message.unknown");
            }
        }
        Mentioned people = mentions.in(text.markdown());
        Message m = Message.write(conversationId, parent, em.find(Person.class, me), text, people, Instant.now());
        store(c, m, me);
        written.fire(new MessageWritten(conversationId, m.getId(), me, List.copyOf(people.ids().values())));
        return view(m, ReactionSummary.NONE, me);
    }

    /**
     * Posts the notice that the person started a video call, with the link to it.
     *
     * @return the notice
     * @throws AccessDeniedException if no call server is set
     */
    public MessageView call(long conversationId, long me) {
        String template = config.callsUrl().orElseThrow(() -> new AccessDeniedException("error.call.off"));
        Conversation c = gate.writable(conversationId, me);
        Message m = Message.call(conversationId, em.find(Person.class, me), CallRoom.in(template), Instant.now());
        store(c, m, me);
        notifications.callStarted(c, me, m.getId());
        return view(m, ReactionSummary.NONE, me);
    }

    /**
     * Ends a call the person started: its notice no longer offers to join, and a notice says how long it lasted.
     *
     * @return the notice that it ended
     * @throws AccessDeniedException if the person did not start it, or it ended already
     */
    public MessageView endCall(long messageId, long me) {
        Message start = message(messageId, me);
        Conversation c = gate.writable(start.getConversationId(), me);
        if (!start.callEndableBy(me)) {
            throw new AccessDeniedException("error.call.notYours");
        }
        Message ended = start.endCall(me, Instant.now());
        events.fire(new ChatEvent(ChatEvent.Type.EDITED, c.getId(), start.getId(), me));
        store(c, ended, me);
        return view(ended, ReactionSummary.NONE, me);
    }

    /** @return true if an administrator set a call server */
    public boolean callsOn() {
        return config.callsUrl().isPresent();
    }

    private void store(Conversation c, Message m, long me) {
        em.persist(m);
        em.flush();
        c.received(m.getId(), m.getCreatedAt());
        marker(c.getId(), me).readUpTo(m.getId());
        events.fire(new ChatEvent(ChatEvent.Type.MESSAGE, c.getId(), m.getId(), me));
    }

    /**
     * Changes the text of one's own message.
     *
     * @throws AccessDeniedException if the person did not write it
     */
    public MessageView edit(long messageId, long me, String markdown) {
        Message m = own(messageId, me);
        MessageText text = new MessageText(markdown);
        m.edit(text, mentions.in(text.markdown()), Instant.now());
        events.fire(new ChatEvent(ChatEvent.Type.EDITED, m.getConversationId(), messageId, me));
        return view(m, ReactionSummary.NONE, me);
    }

    /**
     * Deletes one's own message, leaving a trace in its place.
     *
     * @return the conversation's id
     * @throws AccessDeniedException if the person did not write it
     */
    public long delete(long messageId, long me) {
        Message m = own(messageId, me);
        m.delete(Instant.now());
        reactions.forget(ReactionTarget.MESSAGE, List.of(messageId));
        attachments.removeFromMessages(List.of(messageId));
        events.fire(new ChatEvent(ChatEvent.Type.DELETED, m.getConversationId(), messageId, me));
        return m.getConversationId();
    }

    /**
     * Sets, replaces or (the same kind again) takes back the person's reaction to a message.
     *
     * @return the conversation's id
     * @throws InvalidInputException if the kind is missing
     */
    public long react(long messageId, long me, ReactionKind kind) {
        Message m = message(messageId, me);
        gate.writable(m.getConversationId(), me);
        if (kind == null) {
            throw new InvalidInputException("kind", "error.reaction.kind");
        }
        if (m.isDeleted()) {
            throw new UnknownItemException("error.message.unknown");
        }
        reactions.toggle(ReactionTarget.MESSAGE, messageId, me, kind);
        events.fire(new ChatEvent(ChatEvent.Type.REACTED, m.getConversationId(), messageId, me));
        return m.getConversationId();
    }

    /**
     * @param before show the messages older than this one, or null for the newest
     * @return a page of the conversation's history, oldest first
     * @throws UnknownItemException if the person is not a member
     */
    public HistoryPage history(long conversationId, long me, Long before) {
        gate.readable(conversationId, me);
        List<Message> newestFirst = em.createQuery("""
                        SELECT m FROM Message m JOIN FETCH m.author
                        WHERE m.conversationId = :c AND m.id < :before ORDER BY m.id DESC""", Message.class)
                .setParameter("c", conversationId).setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(PAGE + 1).getResultList();
        boolean earlier = newestFirst.size() > PAGE;
        List<Message> shown = new ArrayList<>(newestFirst.subList(0, Math.min(PAGE, newestFirst.size())));
        Collections.reverse(shown);
        return new HistoryPage(views(shown, me), earlier, readByOthers(conversationId, me));
    }

    /**
     * What a reconnecting client missed: the messages after the one it has, oldest first.
     *
     * @param conversationId one conversation, or null for all of the person's conversations
     * @return at most {@value #CATCH_UP} messages, of conversations the person reads now
     */
    public List<MessageView> after(Long conversationId, long me, long afterId) {
        List<Long> ids = conversationId == null ? gate.readableIds(me)
                : List.of(gate.readable(conversationId, me).getId());
        if (ids.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("""
                        SELECT m FROM Message m JOIN FETCH m.author
                        WHERE m.conversationId IN :ids AND m.id > :after ORDER BY m.id""", Message.class)
                .setParameter("ids", ids).setParameter("after", afterId).setMaxResults(CATCH_UP).getResultList(), me);
    }

    /**
     * The messages a reconnecting page shows, as they are now: edits, deletions and reactions made while it was
     * disconnected reach it through them.
     *
     * @return at most {@value #CATCH_UP} messages of the conversation from {@code fromId} to {@code toId}, oldest
     *         first
     * @throws UnknownItemException if the person does not read the conversation
     */
    public List<MessageView> shown(long conversationId, long me, long fromId, long toId) {
        long id = gate.readable(conversationId, me).getId();
        return views(em.createQuery("""
                        SELECT m FROM Message m JOIN FETCH m.author
                        WHERE m.conversationId = :id AND m.id BETWEEN :from AND :to ORDER BY m.id""", Message.class)
                .setParameter("id", id).setParameter("from", fromId).setParameter("to", toId)
                .setMaxResults(CATCH_UP).getResultList(), me);
    }

    /**
     * One message as a reader sees it, for live events: checked against the reader's membership now.
     *
     * @throws UnknownItemException if the message is gone or the reader is not a member
     */
    public MessageView one(long messageId, long me) {
        Message m = message(messageId, me);
        return views(List.of(m), me).getFirst();
    }

    /**
     * Tells the conversation's other readers, on every server, that the person is writing.
     *
     * @throws UnknownItemException if the person does not read the conversation
     * @throws AccessDeniedException if they may not write in it
     */
    public void typing(long conversationId, long me) {
        gate.writable(conversationId, me);
        events.fire(new ChatEvent(ChatEvent.Type.TYPING, conversationId, 0, me));
    }

    /**
     * Moves the person's read marker up to a message of the conversation.
     *
     * @return true if it moved (read receipts are sent then)
     */
    public boolean markRead(long conversationId, long me, long messageId) {
        Conversation c = gate.readable(conversationId, me);
        notifications.opened(conversationId, me);
        long newest = c.getLastMessageId() == null ? 0 : c.getLastMessageId();
        boolean moved = marker(conversationId, me).readUpTo(Math.min(messageId, newest));
        if (moved) {
            events.fire(new ChatEvent(ChatEvent.Type.READ, conversationId, Math.min(messageId, newest), me));
        }
        return moved;
    }

    /** @return the newest message the person has read in the conversation, 0 if none */
    public long lastRead(long conversationId, long me) {
        ReadMarker r = em.find(ReadMarker.class, new ConversationMember.Key(conversationId, me));
        return r == null ? 0 : r.getLastReadId();
    }

    private ReadMarker marker(long conversationId, long me) {
        ReadMarker r = em.find(ReadMarker.class, new ConversationMember.Key(conversationId, me));
        if (r == null) {
            r = new ReadMarker(conversationId, me);
            em.persist(r);
        }
        return r;
    }

    // the names of the others who read the conversation, with the newest message each has read
    private Map<String, Long> readByOthers(long conversationId, long me) {
        Map<String, Long> read = new LinkedHashMap<>();
        em.createQuery("""
                        SELECT p.name, r.lastReadId FROM ReadMarker r, Person p
                        WHERE p.id = r.personId AND r.conversationId = :c AND r.personId <> :me
                        ORDER BY r.lastReadId DESC, p.name""", Object[].class)
                .setParameter("c", conversationId).setParameter("me", me).setMaxResults(20).getResultStream()
                .forEach(r -> read.put((String) r[0], (Long) r[1]));
        return read;
    }

    private Message own(long messageId, long me) {
        Message m = message(messageId, me);
        gate.writable(m.getConversationId(), me);
        if (!m.editableBy(me)) {
            throw new AccessDeniedException("error.message.author");
        }
        return m;
    }

    /** @throws UnknownItemException if there is no such message or the person may not read its conversation */
    private Message message(long messageId, long me) {
        Message m = em.find(Message.class, messageId);
        if (m == null) {
            throw new UnknownItemException("error.message.unknown");
        }
        gate.readable(m.getConversationId(), me);
        return m;
    }

    /**
     * The file or image of a message, for a reader of its conversation now.
     *
     * @param thumbnail true for the thumbnail of an image
     * @throws UnknownItemException if there is no such file or the reader does not read its conversation
     */
    public AttachmentFile file(long attachmentId, long me, boolean thumbnail) {
        long messageId = attachments.messageOf(attachmentId)
                .orElseThrow(() -> new UnknownItemException("error.file.unknown"));
        try {
            message(messageId, me);
        } catch (UnknownItemException e) {
            throw new UnknownItemException("error.file.unknown");
        }
        return attachments.messageFile(attachmentId, thumbnail);
    }

    private List<MessageView> views(List<Message> messages, long me) {
        List<Long> ids = messages.stream().map(Message::getId).toList();
        Map<Long, ReactionSummary> summaries = reactions.summaries(ReactionTarget.MESSAGE, ids, me);
        Map<Long, List<AttachmentView>> files = attachments.ofMessages(ids);
        return messages.stream().map(m -> view(m, summaries.getOrDefault(m.getId(), ReactionSummary.NONE),
                files.getOrDefault(m.getId(), List.of()), me)).toList();
    }

    private static MessageView view(Message m, ReactionSummary reactions, long me) {
        return view(m, reactions, List.of(), me);
    }

    private static MessageView view(Message m, ReactionSummary reactions, List<AttachmentView> files, long me) {
        Person a = m.getAuthor();
        return new MessageView(m.getId(), m.getConversationId(), m.getParentId(), a.getId(), a.getName(),
                m.getBodyHtml(), m.getBody(), m.getCreatedAt(), m.getEditedAt(), m.isDeleted(), m.getCallUrl(),
                reactions, a.getId() == me, m.isDeleted() ? List.of() : files, m.getCallEndedAt(),
                m.getCallSeconds());
    }
}
