package org.agora.web.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import org.agora.announcements.AnnouncementService;
import org.agora.engagement.EngagementService;
import org.agora.feed.FeedPage;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.feed.model.PostText;
import org.agora.settings.SettingsService;
import org.agora.web.security.CurrentUser;

/** Fills the model of the home page, for the controllers that show it (also again after a refused form). */
@RequestScoped
public class HomeFeedModel {

    @Inject
    Models models;

    @Inject
    PostService posts;

    @Inject
    AnnouncementService announcements;

    @Inject
    EngagementService engagement;

    @Inject
    SettingsService settings;

    @Inject
    CurrentUser current;

    /** @param before the cursor of the previous page, or null for the newest posts */
    public String fill(Long before) {
        long me = current.require().id();
        FeedPage feed = posts.homeFeed(me, before);
        models.put("feed", feed);
        models.put("engagement", engagement.forPosts(feed.posts().stream().map(PostView::id).toList(), me));
        models.put("announcements", announcements.unread(me));
        models.put("mayAnnounce", announcements.mayAnnounce(me));
        models.put("mayPost", settings.mayPostCompanyWide(me));
        models.put("maxLength", PostText.MAX_LENGTH);
        models.put("section", "feed");
        return "feed.html";
    }
}
