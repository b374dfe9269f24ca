package org.agora.web.attachments;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agora.attachments.Upload;

/**
 * The fields and files of a multipart form taken whole, as the services take them. A form is taken whole when it
 * carries several files under one field: this server injects one part per {@code @FormParam} only, and a form
 * parameter read from a multipart body leaves nothing for the rest.
 */
public final class Uploads {

    private Uploads() {
    }

    /**
     * @return the text of a form's field, read as UTF-8 as browsers send it, or null if the form has no such field
     */
    public static String text(List<EntityPart> form, String field) {
        EntityPart part = form == null ? null
                : form.stream().filter(p -> field.equals(p.getName())).findFirst().orElse(null);
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getContent()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param field the name of the form's file input
     * @return the parts of the field that carry a file; a file input left empty sends a part without a file name,
     *     which is no upload
     */
    public static List<Upload> of(List<EntityPart> parts, String field) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .filter(p -> field.equals(p.getName()))
                .filter(p -> p.getFileName().filter(name -> !name.isEmpty()).isPresent())
                .map(p -> new Upload(p.getFileName().get(),
                        p.getMediaType() == null ? null : p.getMediaType().toString(), p.getContent()))
                .toList();
    }
}
