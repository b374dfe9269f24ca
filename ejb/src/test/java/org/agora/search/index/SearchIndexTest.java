package org.agora.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.agora.spaces.model.ReadableSpaces;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = new SearchIndex(new ByteBuffersDirectory(), 16);
        index.put(List.of(
                post(1, 0, "We deployed the new billing service today #release", 7, 1),
                post(2, 10, "Nous avons réunis l'équipe pour préparer la version #release #roadmap", 8, 40),
                post(3, 20, "Secret merger plans with Acme, kiwi budget", 7, 2),
                new SearchItem("comment", 4, 0, null, null, "Great work on billing!", 8, "Zoé Lefèvre", NOW,
                        Set.of(), "post:1", "/posts/1", null),
                new SearchItem("person", 7, 0, null, "Camille Martinez", "Engineering Lead engineer", 0, null,
                        NOW, Set.of(), null, "/people/7", null),
                new SearchItem("space", 20, 20, null, "Board room", "Secret", 7, null, NOW, Set.of(), null,
                        "/spaces/board", null)));
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static SearchItem post(long id, long space, String text, long author, int daysAgo) {
        return new SearchItem("post", id, space, space == 0 ? null : "Space " + space, null, text, author,
                author == 7 ? "Camille Martinez" : "Zoé Lefèvre", NOW.minus(daysAgo, ChronoUnit.DAYS),
                Set.copyOf(List.of(text.contains("#roadmap") ? "roadmap" : "release", "release")), null, "/posts/" + id, null);
    }

    private Found find(String q, ReadableSpaces spaces) throws IOException {
        return index.search(new SearchRequest(QueryText.parse(q), spaces, null, null, null, null, null, false, 20,
                NOW));
    }

    private Found asReaderOf(String q, Long... spaces) throws IOException {
        return find(q, ReadableSpaces.only(List.of(spaces)));
    }

    private Found asMemberOf(String q, ReadableSpaces spaces, Long... conversations) throws IOException {
        return index.search(new SearchRequest(QueryText.parse(q), spaces, null, null, null, null, null, false, 20,
                NOW, null, Set.of(conversations)));
    }

    @Test
    void messagesAreFoundOnlyByTheReadersOfTheirConversationEvenByAdministrators() throws IOException {
        index.put(List.of(
                new SearchItem("message", 30, 0, "Lunch group", null, "Pineapple pizza on friday", 7,
                        "Camille Martinez", NOW, Set.of(), null, "/messages/5?before=31#message-30", null, null, 5),
                new SearchItem("message", 31, 20, "Board room", null, "Pineapple merger whispers", 7,
                        "Camille Martinez", NOW, Set.of(), null, "/messages/6?before=32#message-31", null, null, 6)));
        index.commit();
        assertThat(asMemberOf("pineapple", ReadableSpaces.only(List.of()), 5L).hits()).extracting(Hit::id)
                .containsExactly(30L);
        assertThat(asMemberOf("pineapple", ReadableSpaces.only(List.of(20L)), 5L, 6L).total()).isEqualTo(2);
        assertThat(asMemberOf("pineapple", ReadableSpaces.only(List.of(20L))).total())
                .as("a reader of the space who does not read its channel").isZero();
        assertThat(find("pineapple", ReadableSpaces.every()).total()).as("an administrator in no conversation")
                .isZero();
        assertThat(asMemberOf("pineapple", ReadableSpaces.every(), 6L).hits()).extracting(Hit::link)
                .containsExactly("/messages/6?before=32#message-31");
        assertThat(asMemberOf("whispers", ReadableSpaces.only(List.of()), 6L).total())
                .as("both rules hold: the channel's space must be readable too").isZero();
    }

    @Test
    void stemmedEnglishAndFrenchWithElisionAndAccents() throws IOException {
        assertThat(asReaderOf("deploying billing", 10L).total()).isEqualTo(1);
        assertThat(asReaderOf("equipe", 10L).hits()).extracting(Hit::id).containsExactly(2L);
        assertThat(asReaderOf("l'équipe", 10L).hits()).extracting(Hit::id).containsExactly(2L);
        assertThat(asReaderOf("équipes", 10L).hits()).extracting(Hit::id).containsExactly(2L);
    }

    @Test
    void permissionFilterAppliesToTotalsFacetsAndSuggestions() throws IOException {
        assertThat(asReaderOf("kiwi", 10L).total()).isZero();
        assertThat(asReaderOf("kiwi", 20L).total()).isEqualTo(1);
        assertThat(find("kiwi", ReadableSpaces.every()).total()).as("administrator").isEqualTo(1);
        Found release = asReaderOf("release");
        assertThat(release.total()).isEqualTo(1);
        assertThat(release.facets().get("space")).extracting(FacetCount::value).containsExactly("0");
        assertThat(index.suggest("boa", ReadableSpaces.only(List.of()), 5)).isEmpty();
        assertThat(index.suggest("boa", ReadableSpaces.only(List.of(20L)), 5)).extracting(Suggestion::label)
                .containsExactly("Board room");
        assertThat(index.suggest("roa", ReadableSpaces.only(List.of()), 5)).isEmpty();
        assertThat(index.suggest("roa", ReadableSpaces.only(List.of(10L)), 5)).extracting(Suggestion::label)
                .containsExactly("#roadmap");
    }

    @Test
    void queryLanguage() throws IOException {
        assertThat(asReaderOf("\"billing service\"").total()).isEqualTo(1);
        assertThat(asReaderOf("\"service billing\"").total()).isZero();
        assertThat(asReaderOf("billing -great").hits()).extracting(Hit::type).containsExactly("post");
        assertThat(asReaderOf("billi*").total()).isEqualTo(2);
        assertThat(asReaderOf("kiwi OR billing", 20L).total()).isEqualTo(3);
        assertThat(asReaderOf("camile").hits()).as("typo in a name").extracting(Hit::type).contains("person");
        assertThat(asReaderOf("martinz").hits()).extracting(Hit::type).contains("person");
    }

    @Test
    void snippetsAreEscapedAndHighlighted() throws IOException {
        index.put(List.of(post(9, 0, "Use <script> tags carefully in the kiwi demo", 7, 0)));
        index.commit();
        String snippet = asReaderOf("kiwi").hits().get(0).snippetHtml();
        assertThat(snippet).contains("<mark>kiwi</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void everyHitOfAPageIsHighlightedFromItsOwnTextInItsLanguage() throws IOException {
        List<SearchItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(post(100 + i, 0, i % 2 == 0 ? "Quarterly mango report number n" + i + " is ready"
                    : "Le rapport mango trimestriel numéro n" + i + " est prêt", 7, i));
        }
        // past the highlighter's 20,000 characters: highlighted within them
        items.add(post(200, 0, "papaya " + "filler words ".repeat(2_000) + "guava at the end", 7, 40));
        index.put(items);
        index.commit();
        Found found = asReaderOf("mango");
        assertThat(found.hits()).hasSize(20);
        for (Hit hit : found.hits()) {
            assertThat(hit.snippetHtml()).as("hit " + hit.id()).contains("<mark>mango</mark>")
                    .contains("n" + (hit.id() - 100) + " ");
        }
        assertThat(asReaderOf("papaya").hits().get(0).snippetHtml()).contains("<mark>papaya</mark> filler");
        assertThat(asReaderOf("guava").hits()).extracting(Hit::snippetHtml).as("found, beyond what is highlighted")
                .singleElement().asString().doesNotContain("<mark>").startsWith("papaya filler");
    }

    @Test
    void facetsCountByTypeSpaceAuthorTagAndDate() throws IOException {
        Found found = asReaderOf("billing OR release", 10L);
        assertThat(found.facets().get("type")).extracting(FacetCount::value).containsExactlyInAnyOrder("post",
                "comment");
        assertThat(found.facets().get("tag")).contains(new FacetCount("release", "release", 2));
        assertThat(found.facets().get("author")).extracting(FacetCount::value).containsExactlyInAnyOrder("7", "8");
        assertThat(found.facets().get("date")).contains(new FacetCount("week", "week", 2));
        Found onlyComments = index.search(new SearchRequest(QueryText.parse("billing"), ReadableSpaces.only(List.of()),
                "comment", null, null, null, null, false, 20, NOW));
        assertThat(onlyComments.hits()).extracting(Hit::id).containsExactly(4L);
        Found thisWeek = index.search(new SearchRequest(QueryText.parse("release"), ReadableSpaces.only(List.of(10L)),
                null, null, null, "release", SearchRequest.Period.WEEK, true, 20, NOW));
        assertThat(thisWeek.hits()).extracting(Hit::id).containsExactly(1L);
    }

    @Test
    void recentItemsRankFirstAmongEqualMatches() throws IOException {
        index.put(List.of(post(11, 0, "quarterly figures", 7, 300), post(12, 0, "quarterly figures", 7, 0)));
        index.commit();
        assertThat(asReaderOf("quarterly").hits()).extracting(Hit::id).containsExactly(12L, 11L);
        assertThat(RecencyBoost.boost(0, 0)).isEqualTo(2.0);
    }

    @Test
    void updatesAreIdempotentAndDeletesTakeChildren() throws IOException {
        index.put(List.of(post(1, 0, "We deployed the new billing service today #release", 7, 1)));
        index.commit();
        assertThat(asReaderOf("deployed").total()).isEqualTo(1);
        index.delete("post:1");
        index.commit();
        assertThat(asReaderOf("billing").total()).as("the post and its comment").isZero();
        long start = System.currentTimeMillis() + 1;
        index.deleteIndexedBefore(start);
        index.commit();
        assertThat(index.size()).isZero();
    }
}
