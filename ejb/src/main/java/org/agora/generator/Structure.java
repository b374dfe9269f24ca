package org.agora.generator;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/** Writes the spaces, their members (the first one owns it) and who follows whom, after the people. */
@Dependent
@Named("generatorStructure")
public class Structure extends AbstractBatchlet {

    @Resource(lookup = "jdbc/agora")
    DataSource database;

    @Inject
    JobContext context;

    @Override
    public String process() throws SQLException {
        Job job = Job.of(context);
        Company company = job.company();
        CompanySize size = company.size;
        Timestamp at = Timestamp.from(company.until.minusSeconds(86_400L * size.days()));
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement space = c.prepareStatement("""
                    INSERT INTO agora_space (id, slug, name, description, kind, archived, created_by, created_at,
                                             updated_at, version) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?, 0)""");
                 PreparedStatement member = c.prepareStatement("""
                    INSERT INTO space_member (space_id, person_id, role, status, created_at)
                    VALUES (?, ?, ?, 'ACTIVE', ?)""")) {
                for (int s = 0; s < size.spaces(); s++) {
                    int[] members = company.members(s);
                    String name = Company.DEPARTMENTS[s % Company.DEPARTMENTS.length] + " " + (s + 1);
                    space.setLong(1, job.space(s));
                    space.setString(2, "generated-" + (s + 1));
                    space.setString(3, name);
                    space.setString(4, "A generated space for " + members.length + " people.");
                    space.setString(5, company.spaceKind(s));
                    space.setLong(6, job.person(members[0]));
                    space.setTimestamp(7, at);
                    space.setTimestamp(8, at);
                    space.addBatch();
                    for (int m = 0; m < members.length; m++) {
                        member.setLong(1, job.space(s));
                        member.setLong(2, job.person(members[m]));
                        member.setString(3, m == 0 ? "OWNER" : m < 3 ? "MODERATOR" : "MEMBER");
                        member.setTimestamp(4, at);
                        member.addBatch();
                    }
                    if (s % 20 == 19) {
                        space.executeBatch();
                        member.executeBatch();
                        c.commit();
                    }
                }
                space.executeBatch();
                member.executeBatch();
                c.commit();
            }
            follows(c, job, at);
            c.commit();
        }
        return "COMPLETED";
    }

    /** Each person follows a few colleagues and public spaces, popular ones more often. */
    private static void follows(Connection c, Job job, Timestamp at) throws SQLException {
        Company company = job.company();
        CompanySize size = company.size;
        try (PreparedStatement follow = c.prepareStatement("""
                INSERT INTO follow (follower_id, kind, target_id, created_at) VALUES (?, ?, ?, ?)""")) {
            for (int p = 0; p < size.people(); p++) {
                SplittableRandom r = company.random(12, p);
                for (int person : Rows.picks(r, size.people(), 3)) {
                    if (person != p) {
                        add(follow, job.person(p), "PERSON", job.person(person), at);
                    }
                }
                java.util.Set<Integer> spaces = new java.util.TreeSet<>();
                for (int pick : Rows.picks(r, size.spaces(), 2)) {
                    spaces.add((int) (size.spaces() * Math.pow(pick / (double) size.spaces(), 2)));
                }
                for (int s : spaces) {
                    if ("PUBLIC".equals(company.spaceKind(s))) {
                        add(follow, job.person(p), "SPACE", job.space(s), at);
                    }
                }
                if (p % 1000 == 999) {
                    follow.executeBatch();
                    c.commit();
                }
            }
            follow.executeBatch();
        }
    }

    private static void add(PreparedStatement follow, long follower, String kind, long target, Timestamp at)
            throws SQLException {
        follow.setLong(1, follower);
        follow.setString(2, kind);
        follow.setLong(3, target);
        follow.setTimestamp(4, at);
        follow.addBatch();
    }
}
