package org.agora.web.messaging;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.agora.attachments.AttachmentView;
import org.agora.messaging.MessageView;
import org.agora.reactions.ReactionSummary;
import org.agora.reactions.model.ReactionKind;

/** The JSON frames of the live connection and of the polled updates: one shape for both. */
final class ChatFrames {

    private ChatFrames() {
    }

    /**
     * @param type {@code message} for a new one, {@code edited} for a changed one, {@code current} for one a
     *             reconnecting page shows
     */
    static JsonObject message(String type, MessageView m) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", type)
                .add("conversation", m.conversationId())
                .add("id", m.id())
                .add("author", m.authorId())
                .add("authorName", m.authorName())
                .add("html", m.html())
                .add("createdAt", m.createdAt().toString())
                .add("edited", m.editedAt() != null)
                .add("deleted", m.deleted())
                .add("reactions", reactions(m.reactions()));
        if (m.parentId() != null) {
            b.add("parent", m.parentId());
        }
        if (m.isCall()) {
            b.add("call", m.callUrl());
            b.add("callOver", m.callEndedAt() != null);
        }
        if (m.isCallEnd()) {
            b.add("callMinutes", m.callMinutes());
        }
        if (!m.files().isEmpty()) {
            JsonArrayBuilder files = Json.createArrayBuilder();
            for (AttachmentView f : m.files()) {
                files.add(Json.createObjectBuilder().add("url", f.url()).add("name", f.fileName())
                        .add("image", f.image()).add("thumbnail", f.image() ? f.thumbnailUrl() : ""));
            }
            b.add("files", files);
        }
        return b.build();
    }

    static JsonObject deleted(long conversation, long id) {
        return Json.createObjectBuilder().add("type", "deleted").add("conversation", conversation).add("id", id)
                .build();
    }

    /** @param person who reacted */
    static JsonObject reacted(MessageView m, long person) {
        return Json.createObjectBuilder().add("type", "reacted").add("conversation", m.conversationId())
                .add("id", m.id()).add("person", person).add("reactions", reactions(m.reactions())).build();
    }

    static JsonObject read(long conversation, long person, String name, long id) {
        return Json.createObjectBuilder().add("type", "read").add("conversation", conversation).add("person", person)
                .add("name", name).add("id", id).build();
    }

    static JsonObject typing(long conversation, long person, String name) {
        return Json.createObjectBuilder().add("type", "typing").add("conversation", conversation)
                .add("person", person).add("name", name).build();
    }

    /** @param status {@code online}, {@code away} or {@code offline} */
    static JsonObject presence(long person, String status) {
        return Json.createObjectBuilder().add("type", "presence").add("person", person).add("status", status)
                .build();
    }

    static JsonObject members(long conversation) {
        return Json.createObjectBuilder().add("type", "members").add("conversation", conversation).build();
    }

    /**
     * @param ref the client's reference of the frame refused, or null
     */
    static JsonObject error(String code, String message, String ref) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", "error").add("code", code)
                .add("message", message);
        if (ref != null) {
            b.add("ref", ref);
        }
        return b.build();
    }

    static JsonObject sent(String ref, long id) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", "sent").add("id", id);
        if (ref != null) {
            b.add("ref", ref);
        }
        return b.build();
    }

    private static JsonObject reactions(ReactionSummary summary) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (ReactionKind k : ReactionKind.values()) {
            b.add(k.name(), summary.count(k));
        }
        return b.build();
    }
}
