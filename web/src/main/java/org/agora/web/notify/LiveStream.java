package org.agora.web.notify;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.messaging.ConversationService;
import org.agora.notify.LiveChanges;
import org.agora.notify.LiveCursor;
import org.agora.notify.LiveState;
import org.agora.notify.LiveUpdates;
import org.agora.notify.NotificationView;
import org.agora.web.i18n.BundleMessages;
import org.agora.web.i18n.ChosenLanguage;
import org.agora.web.security.CurrentUser;

/**
 * {@code GET /live}: server-sent events for the signed-in person's open page: {@code unread} (the bell's count),
 * {@code messages} (the unread messages of the header's Messages link),
 * {@code notification} (a new line of notifications), {@code posts} (how many new posts the home feed has) and
 * {@code comments} (how many new comments the open post has). Each event's id is the page's cursor
 * ({@link LiveCursor}), so a reconnecting browser resumes from {@code Last-Event-ID}. The state is read from the
 * database with the reader's rights as they are then, on a beat after something it shows changed on this server
 * ({@link LiveChanges}) and at least every {@link LiveChanges#FULL_CHECK_EVERY} beats for changes made on others.
 */
@Path("live")
public class LiveStream {

    private static final Logger LOG = Logger.getLogger(LiveStream.class.getName());

    /** How often an open page is brought up to date. */
    static final Duration BEAT = Duration.ofSeconds(2);

    /** How long one stream lasts before the browser reconnects, so that a signed-out session does not linger. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    @Inject
    LiveUpdates live;

    @Inject
    CurrentUser current;

    @Inject
    LiveChanges changes;

    @Inject
    ConversationService conversations;

    @Resource
    ManagedScheduledExecutorService executor;

    /**
     * @param feed     the newest post the page's home feed shows, if it shows it
     * @param post     the post the page shows, if any
     * @param comment  the newest comment of that post the page shows
     * @param lastSeen the cursor a reconnecting browser sends back
     */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@QueryParam("feed") Long feed, @QueryParam("post") Long post,
                       @QueryParam("comment") Long comment, @HeaderParam("Last-Event-ID") String lastSeen,
                       @Context HttpHeaders headers, @Context SseEventSink sink, @Context Sse sse) {
        long reader = current.require().id();
        Locale locale = locale(headers);
        LiveCursor start = LiveCursor.parse(lastSeen).orElseGet(() -> new LiveCursor(-1,
                positive(feed), positive(post), comment == null || comment < 0 ? 0 : comment));
        // the response starts in the request's thread, before any beat sends from another one
        try {
            sink.send(sse.newEventBuilder().comment("open").reconnectDelay(BEAT.toMillis()).build())
                    .toCompletableFuture().join();
        } catch (RuntimeException gone) {
            // the browser left before the stream began: nothing to keep up to date
            LOG.log(Level.FINE, "live stream of " + reader + " ends before it began", gone);
            sink.close();
            return;
        }
        new Beats(reader, locale, start, sink, sse).begin();
    }

    private static Long positive(Long id) {
        return id == null || id < 0 ? null : id;
    }

    // the language of the pages (ChosenLanguage), for the banners' words
    private static Locale locale(HttpHeaders headers) {
        Cookie chosen = headers.getCookies().get(ChosenLanguage.COOKIE);
        return ChosenLanguage.choose(chosen == null ? null : chosen.getValue(), headers.getAcceptableLanguages());
    }

    /** One open page: brought up to date on every beat until it goes away or its stream has lasted long enough. */
    private final class Beats implements Runnable {

        private final long reader;
        private final Locale locale;
        private final SseEventSink sink;
        private final Sse sse;
        private final long endAt = System.nanoTime() + LIFETIME.toNanos();
        private final AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        private LiveCursor cursor;
        private LiveState shown;
        private LiveChanges.Mark seen;
        private int quietBeats;
        private long shownMessages = -1;

        Beats(long reader, Locale locale, LiveCursor start, SseEventSink sink, Sse sse) {
            this.reader = reader;
            this.locale = locale;
            this.cursor = start;
            this.sink = sink;
            this.sse = sse;
        }

        void begin() {
            task.set(executor.scheduleWithFixedDelay(this, 0, BEAT.toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public void run() {
            try {
                if (sink.isClosed() || System.nanoTime() > endAt) {
                    stop();
                    return;
                }
                LiveChanges.Mark mark = changes.mark(reader, cursor.feedPostId() != null, cursor.postId());
                if (shown != null && mark.equals(seen) && ++quietBeats < LiveChanges.FULL_CHECK_EVERY) {
                    // nothing this page shows changed here: no database read, a comment line only
                    send(sse.newEventBuilder().comment("").build());
                    return;
                }
                boolean first = cursor.notificationId() < 0;
                LiveState now;
                long unreadMessages;
                try {
                    now = live.state(reader, first ? cursor.withNotification(Long.MAX_VALUE) : cursor, locale);
                    unreadMessages = conversations.unreadTotal(reader);
                } catch (RuntimeException e) {
                    // a read that failed (a lock given up under load) is tried again on the next beat: the page
                    // must not stop hearing of changes for it
                    LOG.log(Level.INFO, "The live state of " + reader + " is read again on the next beat", e);
                    send(sse.newEventBuilder().comment("").build());
                    return;
                }
                quietBeats = 0;
                seen = mark;
                // a page is first told of no notification (its bell already counts them), then of each newer one
                cursor = cursor.withNotification(Math.max(first ? -1 : cursor.notificationId(),
                        now.newestNotificationId()));
                if (!first) {
                    // newest first in the state; oldest first on the page
                    List<NotificationView> fresh = now.fresh().reversed();
                    for (NotificationView n : fresh) {
                        send(event("notification", notification(n)));
                    }
                }
                if (shown == null || shown.unread() != now.unread()) {
                    send(event("unread", Json.createObjectBuilder().add("count", now.unread())
                            .add("label", BundleMessages.get(locale, "notifications.unread", now.unread()))));
                }
                if (shownMessages != unreadMessages) {
                    shownMessages = unreadMessages;
                    send(event("messages", Json.createObjectBuilder().add("count", unreadMessages)
                            .add("label", unreadMessages > 0
                                    ? BundleMessages.get(locale, "chat.nav.unread", unreadMessages)
                                    : BundleMessages.get(locale, "chat.title"))));
                }
                if (now.newPosts() > 0 && (shown == null || shown.newPosts() != now.newPosts())) {
                    send(event("posts", Json.createObjectBuilder().add("count", now.newPosts())
                            .add("label", BundleMessages.get(locale, "notifications.live.posts", now.newPosts()))));
                }
                if (now.newComments() > 0 && (shown == null || shown.newComments() != now.newComments())) {
                    send(event("comments", Json.createObjectBuilder().add("count", now.newComments())
                            .add("label", BundleMessages.get(locale, "notifications.live.comments",
                                    now.newComments()))));
                }
                // a comment line shows whether the browser is still there
                send(sse.newEventBuilder().comment("").build());
                shown = now;
            } catch (RuntimeException e) {
                // a browser that went away ends its stream; one that never heard anything is worth a line
                LOG.log(shown == null ? Level.INFO : Level.FINE, "live stream of " + reader + " ends", e);
                stop();
            }
        }

        private OutboundSseEvent event(String name, JsonObjectBuilder data) {
            return sse.newEventBuilder().name(name).id(cursor.eventId())
                    .data(String.class, data.build().toString()).build();
        }

        private JsonObjectBuilder notification(NotificationView n) {
            String key = "notifications." + n.kind() + (n.others() > 0 ? ".others" : "");
            JsonObjectBuilder json = Json.createObjectBuilder().add("id", n.id())
                    .add("text", BundleMessages.get(locale, key, n.actor(),
                            n.others() > 0 || n.about() == null ? n.others() : n.about()))
                    .add("link", "/notifications/" + n.id());
            if (n.snippet() != null) {
                json.add("snippet", n.snippet());
            }
            return json;
        }

        private void send(OutboundSseEvent event) {
            sink.send(event).toCompletableFuture().join();
        }

        private void stop() {
            ScheduledFuture<?> running = task.get();
            if (running != null) {
                running.cancel(false);
            }
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINEST, "already closed", e);
            }
        }
    }
}
