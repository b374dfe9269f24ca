package org.agora.web.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import org.agora.announcements.AnnouncementService;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.engagement.EngagementService;
import org.agora.engagement.TopCursor;
import org.agora.engagement.TopFeedService;
import org.agora.engagement.TopPage;
import org.agora.feed.FeedPage;
import org.agora.feed.FeedQueries;
import org.agora.feed.PostView;
import org.agora.feed.VisitService;
import org.agora.feed.model.PostText;
import org.agora.settings.SettingsService;
import org.agora.web.security.CurrentUser;

/** Fills the model of the home page, for the controllers that show it (also again after a refused form). */
@RequestScoped
public class HomeFeedModel {

    @Inject
    Models models;

    @Inject
    FeedQueries feeds;

    @Inject
    AnnouncementService announcements;

    @Inject
    EngagementService engagement;

    @Inject
    SettingsService settings;

    @Inject
    CurrentUser current;

    @Inject
    TopFeedService topFeed;

    @Inject
    VisitService visits;

    /**
     * The order "latest", with a divider where the posts that are new since the reader's last visit end.
     *
     * @param before the cursor of the previous page, or null for the newest posts, which counts as a visit
     */
    public String fill(Long before) {
        long me = current.require().id();
        FeedPage feed = feeds.homeFeed(me, before);
        Instant newSince = visit(me, before == null);
        models.put("newDivider", feed.firstOlderThan(newSince));
        return show(me, feed, "latest", newSince);
    }

    /**
     * The order "top".
     *
     * @param from the cursor of the next page, or null (or anything unreadable) for the first page, a visit
     */
    public String fillTop(String from) {
        long me = current.require().id();
        TopCursor cursor = TopCursor.parse(from).orElse(null);
        TopPage top = topFeed.page(me, cursor);
        models.put("topNext", top.next() == null ? null : top.next().toString());
        return show(me, new FeedPage(top.posts(), null), "top", visit(me, cursor == null));
    }

    private Instant visit(long me, boolean firstPage) {
        return (firstPage ? visits.open(me) : visits.newSince(me)).orElse(null);
    }

    private String show(long me, FeedPage feed, String order, Instant newSince) {
        models.put("feed", feed);
        models.put("order", order);
        models.put("newPosts", newSince == null ? Set.of() : feed.posts().stream()
                .filter(p -> p.createdAt().isAfter(newSince)).map(PostView::id).collect(Collectors.toSet()));
        models.put("engagement", engagement.forPosts(feed.posts().stream().map(PostView::id).toList(), me));
        models.put("announcements", announcements.unread(me));
        models.put("mayAnnounce", announcements.mayAnnounce(me));
        models.put("mayPost", settings.mayPostCompanyWide(me));
        models.put("maxLength", PostText.MAX_LENGTH);
        models.put("section", "feed");
        return "feed.html";
    }
}
