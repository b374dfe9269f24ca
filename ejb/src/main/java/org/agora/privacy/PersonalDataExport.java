package org.agora.privacy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.agora.files.FileStore;
import org.agora.plugins.privacy.PluginPrivacyService;
import org.agora.privacy.PersonalDataKinds.Kind;
import org.agora.privacy.PersonalDataKinds.Section;
import org.agora.people.photos.PhotoService;
import org.agora.people.photos.SquarePhoto.Size;

/**
 * Writes everything Agora and its modules keep about a person: one JSON document per kind of data, the modules'
 * data, and the files the person uploaded (photo, attachments, files of messages, images pasted into texts,
 * document versions), as a ZIP archive.
 */
@Stateless
public class PersonalDataExport {

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @Resource(lookup = "jdbc/agora")
    DataSource database;

    @EJB
    PluginPrivacyService plugins;

    @EJB
    PhotoService photos;

    @Inject
    FileStore files;

    /** @return every kind of data Agora itself keeps about the person, by kind and section */
    public JsonObject hostData(long personId) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        try (Connection c = database.getConnection()) {
            String email = email(c, personId);
            for (Kind kind : PersonalDataKinds.ALL) {
                JsonObjectBuilder sections = Json.createObjectBuilder();
                for (Section s : kind.sections()) {
                    sections.add(s.name(), rows(c, s, personId, email));
                }
                all.add(kind.name(), sections);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The personal data could not be read", e);
        }
        return all.build();
    }

    /** @return the whole export as one JSON document: the host's data by kind and the modules' data */
    public String json(long personId) {
        JsonObject host = hostData(personId);
        JsonObject account = host.getJsonObject("account").getJsonArray("account").getJsonObject(0);
        return Json.createObjectBuilder().add("person", personId).add("email", account.getString("email"))
                .add("exportedAt", Instant.now().toString()).add("host", host)
                .add("plugins", plugins.pluginData(personId)).build().toString();
    }

    /**
     * Writes the archive: {@code <kind>.json} for each kind, {@code plugins.json}, and under {@code files/} the
     * photo, the attachments of the person's posts and messages and the document versions they uploaded.
     */
    public void writeArchive(long personId, OutputStream out) throws IOException {
        writeArchive(personId, out, percent -> { });
    }

    /**
     * Writes the archive, telling {@code progress} how much is written, in percent, after each entry.
     */
    public void writeArchive(long personId, OutputStream out, IntConsumer progress) throws IOException {
        JsonObject host = hostData(personId);
        List<JsonObject> attachments = host.getJsonObject("posts").getJsonArray("attachments")
                .getValuesAs(JsonObject.class);
        List<JsonObject> versions = host.getJsonObject("documents").getJsonArray("versions")
                .getValuesAs(JsonObject.class);
        List<JsonObject> messageFiles = host.getJsonObject("messages").getJsonArray("files")
                .getValuesAs(JsonObject.class);
        List<JsonObject> images = host.getJsonObject("images").getJsonArray("inlineImages")
                .getValuesAs(JsonObject.class);
        int total = host.size() + 2 + attachments.size() + versions.size() + messageFiles.size() + images.size();
        int done = 0;
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (String kind : host.keySet()) {
            writeJson(zip, kind + ".json", host.getJsonObject(kind));
            progress.accept(++done * 100 / total);
        }
        writeJson(zip, "plugins.json", plugins.pluginData(personId));
        Set<String> names = new HashSet<>();
        photos.photo(personId, Size.PROFILE).ifPresent(p -> put(zip, names, "files/photo.jpg", p.content()));
        done += 2;
        progress.accept(done * 100 / total);
        for (JsonObject a : attachments) {
            copy(zip, names, "files/attachments/" + a.getJsonNumber("post_id") + "-" + a.getInt("seq_no") + "-"
                    + safe(a.getString("file_name")), a.getString("file_hash"));
            progress.accept(++done * 100 / total);
        }
        for (JsonObject f : messageFiles) {
            copy(zip, names, "files/messages/" + f.getJsonNumber("message_id") + "-" + f.getInt("seq_no") + "-"
                    + safe(f.getString("file_name")), f.getString("file_hash"));
            progress.accept(++done * 100 / total);
        }
        for (JsonObject v : versions) {
            copy(zip, names, "files/documents/" + v.getJsonNumber("document_id") + "-v" + v.getInt("number") + "-"
                    + safe(v.getString("file_name")), v.getString("file_hash"));
            progress.accept(++done * 100 / total);
        }
        for (JsonObject i : images) {
            copy(zip, names, "files/images/" + i.getString("image_key") + "-" + safe(i.getString("file_name")),
                    i.getString("file_hash"));
            progress.accept(++done * 100 / total);
        }
        zip.finish();
    }

    private void copy(ZipOutputStream zip, Set<String> names, String name, String hash) throws IOException {
        if (!names.add(name)) {
            return;
        }
        try (InputStream in = files.open(hash)) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        } catch (java.nio.file.NoSuchFileException gone) {
            // the database still names a file whose bytes were removed: the JSON says what it was
        }
    }

    private static void put(ZipOutputStream zip, Set<String> names, String name, byte[] content) {
        try {
            names.add(name);
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeJson(ZipOutputStream zip, String name, JsonObject json) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        // the writer must not close the archive: write to a buffer first
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try (JsonWriter writer = PRETTY.createWriter(buffer, StandardCharsets.UTF_8)) {
            writer.writeObject(json);
        }
        buffer.writeTo(zip);
        zip.closeEntry();
    }

    /** @return a file name that stays one name inside the archive */
    static String safe(String fileName) {
        String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() || name.startsWith(".") ? "file" + name : name;
    }

    private static String email(Connection c, long personId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT email FROM person WHERE id = ?")) {
            s.setLong(1, personId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new org.agora.validation.UnknownItemException("error.person.id");
                }
                return r.getString(1);
            }
        }
    }

    private static JsonArrayBuilder rows(Connection c, Section section, long personId, String email)
            throws SQLException {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        try (PreparedStatement s = c.prepareStatement(section.sql())) {
            if (section.byEmail()) {
                s.setString(1, "%" + email.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "%") + "%");
            } else {
                for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
                    s.setLong(i, personId);
                }
            }
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    JsonObjectBuilder row = Json.createObjectBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        add(row, meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i), r, i);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void add(JsonObjectBuilder row, String name, int type, ResultSet r, int i) throws SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> {
                long value = r.getLong(i);
                if (r.wasNull()) {
                    row.addNull(name);
                } else {
                    row.add(name, value);
                }
            }
            case Types.BOOLEAN -> {
                boolean value = r.getBoolean(i);
                if (r.wasNull()) {
                    row.addNull(name);
                } else {
                    row.add(name, value);
                }
            }
            case Types.TIMESTAMP -> {
                Timestamp value = r.getTimestamp(i);
                if (value == null) {
                    row.addNull(name);
                } else {
                    row.add(name, value.toInstant().toString());
                }
            }
            default -> {
                String value = r.getString(i);
                if (value == null) {
                    row.addNull(name);
                } else {
                    row.add(name, value);
                }
            }
        }
    }
}
