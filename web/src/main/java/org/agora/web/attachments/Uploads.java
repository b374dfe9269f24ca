package org.agora.web.attachments;

import jakarta.ws.rs.core.EntityPart;
import java.util.List;
import org.agora.attachments.Upload;

/** The files of a multipart form as the services take them. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * @return the parts that carry a file; a file input left empty sends a part without a name and content, which is
     *     no upload
     */
    public static List<Upload> of(List<EntityPart> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .filter(p -> p.getFileName().filter(name -> !name.isEmpty()).isPresent())
                .map(p -> new Upload(p.getFileName().get(),
                        p.getMediaType() == null ? null : p.getMediaType().toString(), p.getContent()))
                .toList();
    }
}
