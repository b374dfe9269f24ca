package org.agora.web.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import org.agora.attachments.Upload;
import org.junit.jupiter.api.Test;

class RepeatableUploadsTest {

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    private static Upload sent(String name, byte[] content) {
        return new Upload(name, "application/octet-stream", new ByteArrayInputStream(content));
    }

    @Test
    void aSecondReadingReadsEveryFileWholeAfterAFirstThatReadThemWholeAndClosedThem() throws IOException {
        byte[] plan = bytes(100_000);
        byte[] photo = bytes(3);
        try (RepeatableUploads files = RepeatableUploads.of(List.of(sent("plan.pdf", plan), sent("a.png", photo)))) {
            for (Upload u : files.open()) {
                try (InputStream in = u.content()) {
                    in.readAllBytes();
                }
            }
            List<Upload> again = files.open();
            assertThat(again).extracting(Upload::fileName).containsExactly("plan.pdf", "a.png");
            assertThat(again.get(0).content().readAllBytes()).isEqualTo(plan);
            assertThat(again.get(1).content().readAllBytes()).isEqualTo(photo);
            assertThat(files.open().get(0).content().readAllBytes()).as("a third time").isEqualTo(plan);
        }
    }

    @Test
    void aReadingThatStoppedHalfWayIsFollowedByOneThatReadsTheWholeFile() throws IOException {
        byte[] plan = bytes(50_000);
        try (RepeatableUploads files = RepeatableUploads.of(List.of(sent("plan.pdf", plan)))) {
            assertThat(files.open().getFirst().content().readNBytes(1_234)).hasSize(1_234);
            assertThat(files.open().getFirst().content().readAllBytes()).isEqualTo(plan);
        }
    }

    @Test
    void aFileNeverReadIsReadWholeTheFirstTime() throws IOException {
        byte[] plan = bytes(10);
        try (RepeatableUploads files = RepeatableUploads.of(List.of(sent("plan.pdf", plan)))) {
            assertThat(files.open().getFirst().content().readAllBytes()).isEqualTo(plan);
        }
    }
}
