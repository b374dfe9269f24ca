package org.agora.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** The SQL rows of a generated company, one block of indexes at a time, in JDBC batches. */
final class Rows {

    private static final String[] KINDS = {"LIKE", "LIKE", "LIKE", "LIKE", "LIKE", "LIKE", "LIKE", "RECOMMEND",
        "RECOMMEND", "INTERESTED"};

    private final Job job;
    private final Company company;
    private final CompanySize size;
    private final String passwordHash;

    Rows(Job job, String passwordHash) {
        this.job = job;
        this.company = job.company();
        this.size = company.size;
        this.passwordHash = passwordHash;
    }

    void people(Connection c, long from, int count) throws SQLException {
        int to = (int) Math.min(size.people(), from + count);
        Timestamp joined = Timestamp.from(company.until.minusSeconds(86_400L * size.days()));
        try (PreparedStatement person = c.prepareStatement("""
                INSERT INTO person (id, email, name, department, job_title, manager_id, password_hash, role,
                                    created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
             PreparedStatement profile = c.prepareStatement("""
                INSERT INTO profile (person_id, location, location_visibility, phone_visibility, bio_visibility,
                                     expertise_visibility, interests_visibility, links_visibility, updated_at, version)
                VALUES (?, ?, 'EVERYONE', 'ONLY_ME', 'EVERYONE', ?, 'SPACES', 'EVERYONE', ?, 0)""");
             PreparedStatement expertise = c.prepareStatement(
                "INSERT INTO profile_expertise (person_id, seq, label) VALUES (?, ?, ?)")) {
            for (int i = (int) from; i < to; i++) {
                long id = job.person(i);
                int manager = company.manager(i);
                person.setLong(1, id);
                person.setString(2, company.email(i));
                person.setString(3, company.name(i));
                person.setString(4, company.departmentName(i));
                person.setString(5, company.jobTitle(i));
                if (manager < 0) {
                    person.setNull(6, Types.BIGINT);
                } else {
                    person.setLong(6, job.person(manager));
                }
                person.setString(7, passwordHash);
                person.setString(8, i == 0 ? "ADMIN" : "MEMBER");
                person.setTimestamp(9, joined);
                person.setTimestamp(10, joined);
                person.addBatch();
                SplittableRandom r = company.random(6, i);
                profile.setLong(1, id);
                profile.setString(2, r.nextBoolean() ? "Lyon" : r.nextBoolean() ? "Paris" : "Remote");
                // most show their expertise to everyone; some only to people in their spaces
                profile.setString(3, r.nextInt(5) == 0 ? "SPACES" : "EVERYONE");
                profile.setTimestamp(4, joined);
                profile.addBatch();
                int first = r.nextInt(Company.EXPERTISE.length);
                for (int seq = 0; seq < 2; seq++) {
                    expertise.setLong(1, id);
                    expertise.setInt(2, seq);
                    expertise.setString(3, Company.EXPERTISE[(first + seq * 7) % Company.EXPERTISE.length]);
                    expertise.addBatch();
                }
            }
            person.executeBatch();
            profile.executeBatch();
            expertise.executeBatch();
        }
    }

    void posts(Connection c, long from, int count) throws SQLException {
        long to = Math.min(size.posts(), from + count);
        try (PreparedStatement post = c.prepareStatement("""
                INSERT INTO post (id, author_id, body, body_html, created_at, space_id) VALUES (?, ?, ?, ?, ?, ?)""");
             PreparedStatement tag = c.prepareStatement(
                     "INSERT INTO post_hashtag (post_id, tag, space_id) VALUES (?, ?, ?)");
             PreparedStatement mention = c.prepareStatement(
                     "INSERT INTO post_mention (post_id, person_id) VALUES (?, ?)")) {
            for (long i = from; i < to; i++) {
                long id = job.post(i);
                int space = company.postSpace(i);
                SplittableRandom r = company.random(7, i);
                StringBuilder text = sentence(r);
                StringBuilder html = new StringBuilder("<p>").append(text);
                if (r.nextInt(10) < 6) {
                    String t = Company.TAGS[(int) (Company.TAGS.length * Math.pow(r.nextDouble(), 2))];
                    text.append(" #").append(t);
                    html.append(" <a href=\"/hashtags/").append(t).append("\" rel=\"noopener noreferrer nofollow\">#")
                            .append(t).append("</a>");
                    tag.setLong(1, id);
                    tag.setString(2, t);
                    if (space < 0) {
                        tag.setNull(3, Types.BIGINT);
                    } else {
                        tag.setLong(3, job.space(space));
                    }
                    tag.addBatch();
                }
                if (r.nextInt(10) < 3) {
                    int[] pool = space < 0 ? null : company.members(space);
                    int who = pool == null ? r.nextInt(size.people()) : pool[r.nextInt(pool.length)];
                    text.append(" @").append(company.handle(who));
                    html.append(" <a href=\"/people/").append(job.person(who)).append("\">@")
                            .append(company.handle(who)).append("</a>");
                    mention.setLong(1, id);
                    mention.setLong(2, job.person(who));
                    mention.addBatch();
                }
                post.setLong(1, id);
                post.setLong(2, job.person(company.postAuthor(i)));
                post.setString(3, text.toString());
                post.setString(4, html.append("</p>\n").toString());
                post.setTimestamp(5, Timestamp.from(company.postTime(i)));
                if (space < 0) {
                    post.setNull(6, Types.BIGINT);
                } else {
                    post.setLong(6, job.space(space));
                }
                post.addBatch();
            }
            post.executeBatch();
            tag.executeBatch();
            mention.executeBatch();
        }
    }

    /** @return the post a comment is under: comments come in runs, one run per post */
    long commentPost(long comment) {
        return comment * size.posts() / Math.max(1, size.comments());
    }

    /** @return the first comment under a post, which is never a reply */
    long firstComment(long post) {
        return (post * size.comments() + size.posts() - 1) / size.posts();
    }

    void comments(Connection c, long from, int count) throws SQLException {
        if (size.posts() == 0) {
            return;
        }
        long to = Math.min(size.comments(), from + count);
        try (PreparedStatement comment = c.prepareStatement("""
                INSERT INTO post_comment (id, post_id, parent_id, author_id, body, body_html, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (long k = from; k < to; k++) {
                long post = commentPost(k);
                long first = firstComment(post);
                SplittableRandom r = company.random(8, k);
                int space = company.postSpace(post);
                int author = space < 0 ? r.nextInt(size.people())
                        : company.members(space)[r.nextInt(company.members(space).length)];
                String text = sentence(r).toString();
                comment.setLong(1, job.comment(k));
                comment.setLong(2, job.post(post));
                if (k > first && r.nextInt(4) == 0) {
                    comment.setLong(3, job.comment(first));
                } else {
                    comment.setNull(3, Types.BIGINT);
                }
                comment.setLong(4, job.person(author));
                comment.setString(5, text);
                comment.setString(6, "<p>" + text + "</p>\n");
                Instant at = company.postTime(post).plusSeconds(420 * (k - first + 1));
                comment.setTimestamp(7, Timestamp.from(at));
                comment.addBatch();
            }
            comment.executeBatch();
        }
    }

    void reactions(Connection c, long from, int count) throws SQLException {
        long onPosts = size.posts() == 0 ? 0 : size.comments() == 0 ? size.reactions() : size.reactions() * 8L / 10;
        long to = Math.min(size.reactions(), from + count);
        try (PreparedStatement reaction = c.prepareStatement("""
                INSERT INTO reaction (target_type, target_id, person_id, kind, created_at) VALUES (?, ?, ?, ?, ?)""")) {
            for (long j = from; j < to; j++) {
                boolean post = j < onPosts;
                long n = post ? j : j - onPosts;
                long targets = post ? size.posts() : size.comments();
                long total = post ? onPosts : size.reactions() - onPosts;
                if (targets == 0 || total == 0) {
                    continue;
                }
                long target = n * targets / total;
                long first = (target * total + targets - 1) / targets;
                if (n - first >= size.people()) {
                    continue;
                }
                // the people who react to one thing: distinct, as each reacts once
                SplittableRandom r = company.random(post ? 9 : 10, target);
                int start = r.nextInt(size.people());
                int stride = Company.strideFor(size.people(), r);
                int person = (int) ((start + (n - first) * stride) % size.people());
                long postIndex = post ? target : commentPost(target);
                reaction.setString(1, post ? "POST" : "COMMENT");
                reaction.setLong(2, post ? job.post(target) : job.comment(target));
                reaction.setLong(3, job.person(person));
                reaction.setString(4, KINDS[company.random(11, j).nextInt(KINDS.length)]);
                reaction.setTimestamp(5, Timestamp.from(company.postTime(postIndex).plusSeconds(600)));
                reaction.addBatch();
            }
            reaction.executeBatch();
        }
    }

    private static StringBuilder sentence(SplittableRandom r) {
        int words = 8 + r.nextInt(18);
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = Company.WORDS[r.nextInt(Company.WORDS.length)];
            b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                    .append(w == words - 1 ? "." : " ");
        }
        return b;
    }

    /** @return the distinct indexes among a few random picks */
    static Set<Integer> picks(SplittableRandom r, int bound, int count) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            chosen.add(r.nextInt(bound));
        }
        return chosen;
    }
}
