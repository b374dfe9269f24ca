package org.agora.attachments.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.agora.files.StoredFile;
import org.agora.images.ImageFormat;
import org.junit.jupiter.api.Test;

class StoredFilesTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final CheckedUpload PHOTO = new CheckedUpload("team.png", "image/png", Optional.of(ImageFormat.PNG));

    @Test
    void anAttachmentAndAnImageInATextDescribeTheSameUploadAlike() {
        StoredFile attached = new Attachment(1, 0, PHOTO, "abc123", 2048, "thumb", T0).getFile();
        StoredFile inline = new InlineImage(7, InlineImage.Place.COMPANY, PHOTO, "abc123", 2048, T0).getFile();
        for (StoredFile file : new StoredFile[] {attached, inline}) {
            assertThat(file.name()).isEqualTo("team.png");
            assertThat(file.contentType()).isEqualTo("image/png");
            assertThat(file.size()).isEqualTo(2048);
            assertThat(file.hash()).isEqualTo("abc123");
        }
    }

    @Test
    void aFileWithoutItsStoredBytesIsNotDescribed() {
        assertThatThrownBy(() -> new Attachment(1, 0, PHOTO, null, 2048, "thumb", T0))
                .isInstanceOf(NullPointerException.class);
    }
}
