package org.agora.demo;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.agora.reactions.model.ReactionKind;

/**
 * A demo post with what happens under it: comments and replies, reactions, people saving it and, for an
 * announcement, people marking it read. Times are days before the seeding and a time of day in Paris; comments are
 * minutes after the post.
 *
 * @param space null for the company-wide feed
 */
public record DemoPost(String author, String space, int daysAgo, LocalTime time, String markdown, Kind kind,
                       List<DemoComment> comments, List<DemoReaction> reactions, List<String> savedBy,
                       List<String> readBy) {

    /** How the post is published. */
    public enum Kind {
        POST,
        /** pinned at the top of its space */
        PINNED,
        /** a company announcement */
        ANNOUNCEMENT
    }

    /** What can be added to a post or a comment when it is written down. */
    public sealed interface Part permits DemoComment, Reactions, People {
    }

    /** A comment {@code minutesAfter} the post, with its replies (only on top-level comments) and reactions. */
    public record DemoComment(String author, int minutesAfter, String markdown, List<DemoComment> replies,
                              List<DemoReaction> reactions) implements Part {
    }

    public record DemoReaction(String person, ReactionKind kind) {
    }

    /** Reactions of one kind, by several people. */
    public record Reactions(ReactionKind kind, List<String> people) implements Part {
    }

    /** People who save the post, or who mark an announcement read. */
    public record People(boolean saving, List<String> handles) implements Part {
    }

    public static DemoPost post(int daysAgo, String time, String author, String space, String markdown,
                                Part... parts) {
        return of(Kind.POST, daysAgo, time, author, space, markdown, parts);
    }

    public static DemoPost pinned(int daysAgo, String time, String author, String space, String markdown,
                                  Part... parts) {
        return of(Kind.PINNED, daysAgo, time, author, space, markdown, parts);
    }

    public static DemoPost announcement(int daysAgo, String time, String author, String markdown, Part... parts) {
        return of(Kind.ANNOUNCEMENT, daysAgo, time, author, null, markdown, parts);
    }

    public static DemoComment comment(int minutesAfter, String author, String markdown, Part... parts) {
        List<DemoComment> replies = new ArrayList<>();
        List<DemoReaction> reactions = new ArrayList<>();
        for (Part part : parts) {
            switch (part) {
                case DemoComment reply -> replies.add(reply);
                case Reactions r -> r.people().forEach(p -> reactions.add(new DemoReaction(p, r.kind())));
                case People p -> throw new IllegalArgumentException("comments are not saved or read");
            }
        }
        return new DemoComment(author, minutesAfter, markdown, List.copyOf(replies), List.copyOf(reactions));
    }

    /** A reply; it goes under the comment it is given to. */
    public static DemoComment reply(int minutesAfter, String author, String markdown, Part... reactions) {
        return comment(minutesAfter, author, markdown, reactions);
    }

    public static Reactions likes(String... people) {
        return new Reactions(ReactionKind.LIKE, List.of(people));
    }

    public static Reactions recommends(String... people) {
        return new Reactions(ReactionKind.RECOMMEND, List.of(people));
    }

    public static Reactions interested(String... people) {
        return new Reactions(ReactionKind.INTERESTED, List.of(people));
    }

    public static People savedBy(String... people) {
        return new People(true, List.of(people));
    }

    public static People readBy(String... people) {
        return new People(false, List.of(people));
    }

    private static DemoPost of(Kind kind, int daysAgo, String time, String author, String space, String markdown,
                               Part... parts) {
        List<DemoComment> comments = new ArrayList<>();
        List<DemoReaction> reactions = new ArrayList<>();
        List<String> saved = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (Part part : parts) {
            switch (part) {
                case DemoComment c -> comments.add(c);
                case Reactions r -> r.people().forEach(p -> reactions.add(new DemoReaction(p, r.kind())));
                case People p -> (p.saving() ? saved : read).addAll(p.handles());
            }
        }
        return new DemoPost(author, space, daysAgo, LocalTime.parse(time), markdown.strip(), kind,
                List.copyOf(comments), List.copyOf(reactions), List.copyOf(saved), List.copyOf(read));
    }
}
