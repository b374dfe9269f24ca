package org.agora.demo;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agora.demo.DemoLibrary.DemoDocument;
import org.agora.demo.DemoLibrary.DemoVersion;
import org.agora.demo.DemoPost.DemoComment;
import org.agora.demo.DemoPost.DemoReaction;

/**
 * The demo's history as one list of steps in the order they happened over the last weeks, so that ids grow with
 * time as they would in a real company: feeds, threads and notifications, ordered by id, read as a story.
 */
public final class DemoSchedule {

    /** Lumen's office hours are Paris time. */
    static final ZoneId OFFICE = ZoneId.of("Europe/Paris");

    /** Something a demo person does, at a moment. */
    public sealed interface Step {
        Instant at();
    }

    public record Publish(DemoPost post, Instant at) implements Step {
    }

    /** @param parent the comment replied to, or null */
    public record Comment(DemoPost post, DemoComment comment, DemoComment parent, Instant at) implements Step {
    }

    /** @param comment the comment reacted to, or null for the post */
    public record React(DemoPost post, DemoComment comment, DemoReaction reaction, Instant at) implements Step {
    }

    public record Save(DemoPost post, String person, Instant at) implements Step {
    }

    public record MarkRead(DemoPost post, String person, Instant at) implements Step {
    }

    public record Upload(DemoDocument document, Instant at) implements Step {
    }

    public record Revise(DemoDocument document, DemoVersion version, Instant at) implements Step {
    }

    private DemoSchedule() {
    }

    /** @return every post of the demo, company-wide and in spaces */
    public static List<DemoPost> posts() {
        List<DemoPost> all = new ArrayList<>(DemoFeed.posts());
        all.addAll(DemoSpacePosts.posts());
        return all;
    }

    /**
     * @param now the moment of seeding; nothing is scheduled after it
     * @return the steps, oldest first; a step never comes before what it depends on
     */
    public static List<Step> steps(Instant now) {
        List<Step> steps = new ArrayList<>();
        for (DemoPost post : posts()) {
            Instant at = moment(now, post.daysAgo(), post.time());
            steps.add(new Publish(post, at));
            for (DemoComment c : post.comments()) {
                steps.add(new Comment(post, c, null, at.plus(c.minutesAfter(), ChronoUnit.MINUTES)));
                for (DemoComment r : c.replies()) {
                    steps.add(new Comment(post, r, c, at.plus(r.minutesAfter(), ChronoUnit.MINUTES)));
                }
            }
            for (DemoComment c : comments(post)) {
                Instant written = at.plus(c.minutesAfter(), ChronoUnit.MINUTES);
                for (int i = 0; i < c.reactions().size(); i++) {
                    steps.add(new React(post, c, c.reactions().get(i), minutes(written, 8 + 13 * i)));
                }
            }
            for (int i = 0; i < post.reactions().size(); i++) {
                steps.add(new React(post, null, post.reactions().get(i), minutes(at, 12 + 19 * i)));
            }
            for (int i = 0; i < post.savedBy().size(); i++) {
                steps.add(new Save(post, post.savedBy().get(i), minutes(at, 50 + 37 * i)));
            }
            for (int i = 0; i < post.readBy().size(); i++) {
                steps.add(new MarkRead(post, post.readBy().get(i), minutes(at, 20 + 29 * i)));
            }
        }
        for (DemoDocument doc : DemoLibrary.documents()) {
            steps.add(new Upload(doc, moment(now, doc.daysAgo(), doc.time())));
            for (DemoVersion v : doc.laterVersions()) {
                steps.add(new Revise(doc, v, moment(now, v.daysAgo(), v.time())));
            }
        }
        Instant latest = now.minus(1, ChronoUnit.MINUTES);
        // a stable sort: steps at the same moment keep the order above, where a step follows what it needs
        return steps.stream().map(s -> s.at().isAfter(latest) ? at(s, latest) : s)
                .sorted(Comparator.comparing(Step::at)).toList();
    }

    /** @return the comments and replies of a post */
    public static List<DemoComment> comments(DemoPost post) {
        List<DemoComment> all = new ArrayList<>();
        post.comments().forEach(c -> {
            all.add(c);
            all.addAll(c.replies());
        });
        return all;
    }

    /** @return the moment {@code daysAgo} days before {@code now}, at that time of day in the office */
    static Instant moment(Instant now, int daysAgo, LocalTime time) {
        return now.atZone(OFFICE).toLocalDate().minusDays(daysAgo).atTime(time).atZone(OFFICE).toInstant();
    }

    private static Instant minutes(Instant at, int minutes) {
        return at.plus(minutes, ChronoUnit.MINUTES);
    }

    private static Step at(Step s, Instant at) {
        return switch (s) {
            case Publish p -> new Publish(p.post(), at);
            case Comment c -> new Comment(c.post(), c.comment(), c.parent(), at);
            case React r -> new React(r.post(), r.comment(), r.reaction(), at);
            case Save v -> new Save(v.post(), v.person(), at);
            case MarkRead m -> new MarkRead(m.post(), m.person(), at);
            case Upload u -> new Upload(u.document(), at);
            case Revise r -> new Revise(r.document(), r.version(), at);
        };
    }
}
