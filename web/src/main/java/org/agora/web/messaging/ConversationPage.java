package org.agora.web.messaging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.messaging.ConversationService;
import org.agora.messaging.ConversationView;
import org.agora.messaging.HistoryPage;
import org.agora.messaging.MessageService;
import org.agora.messaging.PresenceService;
import org.agora.reactions.model.ReactionKind;
import org.agora.web.i18n.BundleMessages;
import org.agora.web.security.CurrentUser;

/** Fills the model of a conversation's page, for its page and for the forms that show it again with an error. */
@RequestScoped
public class ConversationPage {

    /** The template of a conversation's page. */
    public static final String VIEW = "messaging/conversation.html";

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    CurrentUser current;

    @Inject
    ConversationService conversations;

    @Inject
    MessageService messages;

    @Inject
    PresenceService presences;

    @Inject
    ChatHub hub;

    /**
     * Shows the newest messages or those before one; showing the newest marks them read.
     *
     * @param before show the messages older than this one, or null
     * @param reply  the message the composer answers, or null
     * @return the template
     */
    public String fill(long id, Long before, Long reply) {
        long me = current.require().id();
        ConversationView view = conversations.view(id, me);
        HistoryPage page = messages.history(id, me, before);
        if (before == null && page.lastId() > 0) {
            messages.markRead(id, me, page.lastId());
        }
        models.put("presence", presence(view, me));
        models.put("conversation", view);
        models.put("page", page);
        models.put("replyTo", reply);
        models.put("callsOn", messages.callsOn());
        models.put("kinds", ReactionKind.values());
        // worded once for the page, not for each button of each message
        Map<ReactionKind, String> labels = new EnumMap<>(ReactionKind.class);
        for (ReactionKind k : ReactionKind.values()) {
            labels.put(k, BundleMessages.get(mvc.getLocale(), "reaction." + k.name()));
        }
        models.put("reactionLabels", labels);
        models.put("section", "messages");
        return VIEW;
    }

    // the members' presence the person may see, by id: online, away or offline
    private Map<Long, String> presence(ConversationView view, long me) {
        List<Long> others = view.members().stream().map(ConversationView.Member::id).filter(id -> id != me)
                .toList();
        Map<Long, String> codes = new HashMap<>();
        hub.presenceOf(presences.visibleTo(me, others)).forEach((id, p) -> codes.put(id, p.code()));
        return codes;
    }
}
