package org.agora.privacy;

import java.util.List;

/**
 * Every kind of personal data Agora itself keeps, as the SQL that reads it: the one list that the export writes and
 * {@code docs/personal-data.md} describes. Each query names its columns, so that a new column is a decision, and
 * never reads a secret (the password hash).
 */
final class PersonalDataKinds {

    /** One query of a kind; {@code ?} is the person's id, or for {@code byEmail} a LIKE pattern of their e-mail. */
    record Section(String name, String sql, boolean byEmail) {
        Section(String name, String sql) {
            this(name, sql, false);
        }
    }

    /** A JSON document of the export: its name and what it holds. */
    record Kind(String name, List<Section> sections) {
    }

    static final List<Kind> ALL = List.of(
            new Kind("account", List.of(new Section("account", """
                    SELECT p.id, p.email, p.name, p.department, p.job_title, m.name AS manager_name,
                           m.email AS manager_email, p.role, p.status, p.created_at, p.updated_at
                    FROM person p LEFT JOIN person m ON m.id = p.manager_id WHERE p.id = ?"""),
                    new Section("lastFeedVisit", "SELECT last_seen, new_since FROM feed_visit WHERE person_id = ?"),
                    new Section("timeZone", "SELECT zone_id, chosen_at FROM person_time_zone WHERE person_id = ?"))),
            new Kind("profile", List.of(new Section("profile", """
                    SELECT location, location_visibility, phone, phone_visibility, bio, bio_visibility,
                           expertise_visibility, interests_visibility, links_visibility, photo_source_format,
                           photo_source_width, photo_source_height, photo_updated_at, updated_at
                    FROM profile WHERE person_id = ?"""),
                    new Section("expertise", "SELECT seq, label FROM profile_expertise WHERE person_id = ? ORDER BY seq"),
                    new Section("interests", "SELECT seq, label FROM profile_interest WHERE person_id = ? ORDER BY seq"),
                    new Section("links", "SELECT seq, label, url FROM profile_link WHERE person_id = ? ORDER BY seq"))),
            new Kind("memberships", List.of(new Section("memberships", """
                    SELECT s.slug AS space_slug, s.name AS space_name, s.kind AS space_kind, m.role, m.status,
                           m.invited_by, m.created_at
                    FROM space_member m JOIN agora_space s ON s.id = m.space_id WHERE m.person_id = ? ORDER BY s.slug"""),
                    new Section("spacesCreated", """
                            SELECT slug, name, kind, archived, created_at FROM agora_space
                            WHERE created_by = ? ORDER BY id"""))),
            new Kind("posts", List.of(new Section("posts", """
                    SELECT p.id, s.slug AS space_slug, p.body, p.created_at, p.edited_at, p.announcement, p.pinned,
                           p.plugin_id, p.content_type, p.title, p.link, p.summary
                    FROM post p LEFT JOIN agora_space s ON s.id = p.space_id WHERE p.author_id = ? ORDER BY p.id"""),
                    new Section("hashtags", """
                            SELECT h.post_id, h.tag FROM post_hashtag h JOIN post p ON p.id = h.post_id
                            WHERE p.author_id = ? ORDER BY h.post_id, h.tag"""),
                    new Section("attachments", """
                            SELECT a.post_id, a.seq_no, a.file_name, a.content_type, a.size_bytes, a.file_hash,
                                   a.created_at
                            FROM post_attachment a JOIN post p ON p.id = a.post_id
                            WHERE p.author_id = ? ORDER BY a.post_id, a.seq_no"""),
                    new Section("revisions", """
                            SELECT id, post_id, body, edited_at FROM post_revision
                            WHERE edited_by = ? ORDER BY id"""))),
            new Kind("comments", List.of(new Section("comments", """
                    SELECT id, post_id, parent_id, body, created_at, edited_at FROM post_comment
                    WHERE author_id = ? ORDER BY id"""))),
            new Kind("messages", List.of(new Section("messages", """
                    SELECT id, conversation_id, parent_id, body, call_url, created_at, edited_at, deleted_at
                    FROM chat_message WHERE author_id = ? ORDER BY id"""),
                    new Section("files", """
                            SELECT a.message_id, a.seq_no, a.file_name, a.content_type, a.size_bytes, a.file_hash,
                                   a.created_at
                            FROM post_attachment a JOIN chat_message m ON m.id = a.message_id
                            WHERE m.author_id = ? ORDER BY a.message_id, a.seq_no"""),
                    new Section("conversations", """
                            SELECT c.id, c.kind, c.name, m.added_at
                            FROM chat_member m JOIN chat_conversation c ON c.id = m.conversation_id
                            WHERE m.person_id = ? ORDER BY c.id"""),
                    new Section("readUpTo", """
                            SELECT conversation_id, last_read_id FROM chat_read WHERE person_id = ?
                            ORDER BY conversation_id"""),
                    new Section("presenceShown", """
                            SELECT shown_since FROM chat_presence WHERE person_id = ?"""))),
            new Kind("images", List.of(new Section("inlineImages", """
                    SELECT i.image_key, i.file_name, i.content_type, i.size_bytes, i.file_hash,
                           s.slug AS space_slug, i.conversation_id, i.created_at
                    FROM inline_image i LEFT JOIN agora_space s ON s.id = i.space_id
                    WHERE i.uploader_id = ? ORDER BY i.id"""))),
            new Kind("reactions", List.of(new Section("reactions", """
                    SELECT target_type, target_id, kind, created_at FROM reaction WHERE person_id = ? ORDER BY id"""))),
            new Kind("bookmarks", List.of(new Section("bookmarks", """
                    SELECT post_id, created_at FROM bookmark WHERE person_id = ? ORDER BY created_at"""))),
            new Kind("follows", List.of(new Section("follows", """
                    SELECT kind, target_id, created_at FROM follow WHERE follower_id = ? ORDER BY id"""),
                    new Section("hashtags", """
                            SELECT tag, created_at FROM hashtag_follow WHERE person_id = ? ORDER BY tag"""))),
            new Kind("mentions", List.of(new Section("mentionedIn", """
                    SELECT post_id FROM post_mention WHERE person_id = ? ORDER BY post_id"""))),
            new Kind("announcements", List.of(new Section("read", """
                    SELECT post_id, read_at FROM announcement_read WHERE person_id = ? ORDER BY read_at"""))),
            new Kind("notifications", List.of(new Section("notifications", """
                    SELECT id, kind, actor_id, post_id, comment_id, plugin_id, message_key, message_args, message,
                           link, created_at, read_at
                    FROM notification WHERE recipient_id = ? AND NOT confidential ORDER BY id"""))),
            new Kind("documents", List.of(new Section("documents", """
                    SELECT d.id, s.slug AS space_slug, d.name, d.created_at, d.updated_at
                    FROM document d JOIN agora_space s ON s.id = d.space_id WHERE d.created_by = ? ORDER BY d.id"""),
                    new Section("versions", """
                            SELECT v.document_id, d.name AS document_name, v.number, v.file_name, v.content_type,
                                   v.size_bytes, v.file_hash, v.uploaded_at
                            FROM document_version v JOIN document d ON d.id = v.document_id
                            WHERE v.uploaded_by = ? ORDER BY v.document_id, v.number"""),
                    new Section("folders", """
                            SELECT f.id, s.slug AS space_slug, f.name, f.created_at
                            FROM doc_folder f JOIN agora_space s ON s.id = f.space_id WHERE f.created_by = ?
                            ORDER BY f.id"""))),
            new Kind("imports", List.of(new Section("importsRun", """
                    SELECT id, file_name, status, total_rows, processed_rows, created_count, updated_count,
                           unchanged_count, rejected_count, started_at, finished_at
                    FROM import_run WHERE started_by = ? ORDER BY id"""),
                    new Section("linesAboutThem", """
                            SELECT run_id, line_number, reason, excerpt FROM import_rejection
                            WHERE LOWER(excerpt) LIKE ? ORDER BY run_id, line_number""", true))),
            new Kind("notificationSettings", List.of(new Section("mutes", """
                    SELECT target_kind, target_id, created_at FROM notification_mute WHERE person_id = ?
                    ORDER BY created_at"""),
                    new Section("mailDelivery", """
                            SELECT kind, delivery FROM notification_delivery WHERE person_id = ? ORDER BY kind"""),
                    new Section("mailProfile", """
                            SELECT language, daily_sent_at, weekly_sent_at FROM notification_mail_profile
                            WHERE person_id = ?"""))),
            new Kind("mails", List.of(new Section("mails", """
                    SELECT to_address, subject, text_body, queued_at, sent_at, given_up_at FROM mail_outbox
                    WHERE recipient_id = ? ORDER BY id"""))),
            new Kind("moduleJobs", List.of(new Section("jobsStarted", """
                    SELECT plugin_id, name, status, done, total, report, started_at, updated_at
                    FROM plugin_job WHERE started_by = ? ORDER BY id"""))),
            new Kind("administratorAccess", List.of(new Section("accesses", """
                    SELECT admin_name, action, accessed_at FROM privacy_access WHERE person_id = ? ORDER BY id"""))));

    private PersonalDataKinds() {
    }
}
