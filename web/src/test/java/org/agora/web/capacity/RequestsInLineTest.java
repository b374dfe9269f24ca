package org.agora.web.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestsInLineTest {

    @Test
    void pagesAndFormsWaitInLine() {
        assertThat(RequestsInLine.waitsInLine("/", null)).isTrue();
        assertThat(RequestsInLine.waitsInLine("/people", null)).isTrue();
        assertThat(RequestsInLine.waitsInLine("/posts/12", null)).isTrue();
        assertThat(RequestsInLine.waitsInLine("/posts/12/comments", "application/x-www-form-urlencoded")).isTrue();
        assertThat(RequestsInLine.waitsInLine("/m/wiki/", null)).isTrue();
        assertThat(RequestsInLine.waitsInLine("/liveliness", null)).isTrue();
    }

    @Test
    void filesUploadsAndLiveConnectionsDoNot() {
        assertThat(RequestsInLine.waitsInLine("/assets/agora.css", null)).isFalse();
        assertThat(RequestsInLine.waitsInLine("/m/wiki/assets/wiki.css", null)).isFalse();
        assertThat(RequestsInLine.waitsInLine("/live", null)).isFalse();
        assertThat(RequestsInLine.waitsInLine("/live/chat", null)).isFalse();
        assertThat(RequestsInLine.waitsInLine("/chat/socket", null)).isFalse();
        assertThat(RequestsInLine.waitsInLine("/people/12/photo", null)).isFalse();
        assertThat(RequestsInLine.waitsInLine("/posts/12/attachments/3/thumbnail", null)).isFalse();
        assertThat(RequestsInLine.waitsInLine("/spaces/design/documents/4/download", null)).isFalse();
        assertThat(RequestsInLine.waitsInLine("/messages/files/9", null)).isFalse();
        assertThat(RequestsInLine.waitsInLine("/archives/" + "a".repeat(64), null)).isFalse();
        assertThat(RequestsInLine.waitsInLine("/posts", "multipart/form-data; boundary=x")).isFalse();
    }
}
