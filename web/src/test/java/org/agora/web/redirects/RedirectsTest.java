package org.agora.web.redirects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedirectsTest {

    @Test
    void aPathOfAgoraIsKept() {
        assertThat(Redirects.local("/spaces/team?folder=3#post-4", "/")).isEqualTo(URI.create("/spaces/team?folder=3#post-4"));
        assertThat(Redirects.local("/search?q=a+b,c", "/")).isEqualTo(URI.create("/search?q=a+b,c"));
        assertThat(Redirects.local("/hashtags/caf%C3%A9", "/")).isEqualTo(URI.create("/hashtags/caf%C3%A9"));
    }

    @Test
    void anythingElseGoesToTheFallback() {
        for (String odd : new String[] {null, "", "spaces", "//evil.example/", "/\\evil.example", "https://evil.example/",
                "/\t/evil.example", "/spaces\tx", "/ spaces", "/spaces\r\nSet-Cookie: a=b", "/%0d%0aSet-Cookie:%20a=b",
                "/%09/evil.example", "/a%00", "/caf\u00e9", "/" + "x".repeat(301)}) {
            assertThat(Redirects.local(odd, "/")).as(String.valueOf(odd)).isEqualTo(URI.create("/"));
        }
    }
}
