package org.agora.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.agora.feed.PostPublished;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostIndexTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path folder;

    private static PostPublished post(long id, String text) {
        return new PostPublished(id, 0, "Ada Admin", text, NOW.plusSeconds(id));
    }

    @Test
    void aPostIsFoundByAWordWithTheWordMarked() throws IOException {
        try (PostIndex index = new PostIndex(folder)) {
            index.put(List.of(post(1, "The release went out on Tuesday"), post(2, "Lunch is on the terrace")));
            SearchResults results = index.search("release", 10);
            assertThat(results.total()).isEqualTo(1);
            assertThat(results.hits()).singleElement().satisfies(hit -> {
                assertThat(hit.postId()).isEqualTo(1);
                assertThat(hit.authorName()).isEqualTo("Ada Admin");
                assertThat(hit.createdAt()).isEqualTo(NOW.plusSeconds(1));
                assertThat(hit.snippetHtml()).contains("<mark>release</mark>");
            });
        }
    }

    @Test
    void wordsAreMatchedByTheirStem() throws IOException {
        try (PostIndex index = new PostIndex(folder)) {
            index.put(List.of(post(1, "The deployment to production is done")));
            assertThat(index.search("deployments", 10).hits()).extracting(SearchHit::postId).containsExactly(1L);
        }
    }

    @Test
    void htmlInPostsComesBackEscapedInSnippets() throws IOException {
        try (PostIndex index = new PostIndex(folder)) {
            index.put(List.of(post(1, "Beware <script>alert('release')</script> & <b>bold</b> release")));
            String snippet = index.search("release", 10).hits().getFirst().snippetHtml();
            assertThat(snippet).contains("<mark>").doesNotContain("<script", "<b>").contains("&lt;script&gt;");
        }
    }

    @Test
    void aHitOnlyOnTheAuthorStillHasAnEscapedSnippet() throws IOException {
        try (PostIndex index = new PostIndex(folder)) {
            index.put(List.of(new PostPublished(1, 0, "Zelda Quartz", "a <i>note</i>", NOW)));
            assertThat(index.search("zelda", 10).hits()).singleElement()
                    .satisfies(hit -> assertThat(hit.snippetHtml()).startsWith("a &lt;i&gt;note&lt;").doesNotContain("<i>"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unclosed", "AND (", "***", ")(", "-", "|", "\"\"", "~2", "a:b", "\\"})
    void oddQuerySyntaxNeverThrows(String query) throws IOException {
        try (PostIndex index = new PostIndex(folder)) {
            index.put(List.of(post(1, "AND unclosed quotes and stars")));
            assertThatCode(() -> index.search(query, 10)).doesNotThrowAnyException();
        }
    }

    @Test
    void blankQueriesFindNothing() throws IOException {
        try (PostIndex index = new PostIndex(folder)) {
            index.put(List.of(post(1, "anything")));
            assertThat(index.search("  ", 10).hits()).isEmpty();
            assertThat(index.search(null, 10).total()).isZero();
        }
    }

    @Test
    void aNewIndexIsEmptyAndAReopenedOneIsNot() throws IOException {
        try (PostIndex index = new PostIndex(folder)) {
            assertThat(index.wasEmpty()).isTrue();
            index.put(List.of(post(1, "kept across restarts")));
        }
        try (PostIndex index = new PostIndex(folder)) {
            assertThat(index.wasEmpty()).isFalse();
            assertThat(index.search("restarts", 10).total()).isEqualTo(1);
        }
    }

    @Test
    void aDeletedFolderIsEmptyWhenReopened() throws IOException {
        Path sub = folder.resolve("index");
        try (PostIndex index = new PostIndex(sub)) {
            index.put(List.of(post(1, "soon gone")));
        }
        try (Stream<Path> files = Files.walk(sub)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(sub).doesNotExist();
        try (PostIndex index = new PostIndex(sub)) {
            assertThat(index.wasEmpty()).isTrue();
            assertThat(index.search("gone", 10).total()).isZero();
        }
    }

    @Test
    void puttingTheSameIdAgainReplacesThePost() throws IOException {
        try (PostIndex index = new PostIndex(folder)) {
            index.put(List.of(post(7, "first draft about budgets")));
            index.put(List.of(post(7, "second draft about budgets")));
            SearchResults results = index.search("budgets", 10);
            assertThat(results.total()).isEqualTo(1);
            assertThat(results.hits().getFirst().snippetHtml()).contains("second").doesNotContain("first");
            assertThat(index.search("first", 10).total()).isZero();
        }
    }

    @Test
    void clearRemovesEveryPost() throws IOException {
        try (PostIndex index = new PostIndex(folder)) {
            index.put(List.of(post(1, "budgets"), post(2, "budgets again")));
            index.clear();
            assertThat(index.search("budgets", 10).total()).isZero();
        }
    }

    @Test
    void aReaderFindsOnlyCompanyPostsAndPostsOfTheSpacesTheyMayRead(@TempDir Path folder) throws IOException {
        try (PostIndex index = new PostIndex(folder)) {
            index.put(List.of(new PostPublished(1, 0, "Ada", "roadmap for everyone", NOW),
                    new PostPublished(2, 7, "Ada", "roadmap of the board", NOW),
                    new PostPublished(3, 9, "Ada", "roadmap of the public space", NOW)));
            assertThat(index.search("roadmap", 10, Optional.of(List.of(9L))).total()).isEqualTo(2);
            assertThat(index.search("roadmap", 10, Optional.of(List.of(9L))).hits())
                    .extracting(SearchHit::postId).containsExactlyInAnyOrder(1L, 3L);
            assertThat(index.search("board", 10, Optional.of(List.of())).total()).isZero();
            assertThat(index.search("roadmap", 10, Optional.empty()).total()).isEqualTo(3);
        }
    }
}
