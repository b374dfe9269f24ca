package org.agora.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchFiltersTest {

    @Test
    void nonsenseValuesAreIgnored() {
        SearchFilters f = SearchFilters.of("kiwi", "<b>", "x", "-1", "#no spaces", "never", "up");
        assertThat(f.type()).isNull();
        assertThat(f.spaceId()).isNull();
        assertThat(f.authorId()).isNull();
        assertThat(f.tag()).isNull();
        assertThat(f.date()).isNull();
        assertThat(f.byDate()).isFalse();
        assertThat(f.any()).isFalse();
    }

    @Test
    void linksAddReplaceAndRemoveOneFacetKeepingTheOthers() {
        SearchFilters f = SearchFilters.of("café & co", "post", "12", null, "release", "week", "date");
        assertThat(f.with("author", "7")).isEqualTo(
                "/search?q=caf%C3%A9+%26+co&type=post&space=12&tag=release&date=week&sort=date&author=7");
        assertThat(f.with("space", null)).isEqualTo("/search?q=caf%C3%A9+%26+co&type=post&tag=release&date=week&sort=date");
        assertThat(f.with("sort", null)).doesNotContain("sort=");
        assertThat(f.cleared()).isEqualTo("/search?q=caf%C3%A9+%26+co&sort=date");
        assertThat(f.chosen("space", "12")).isTrue();
        assertThat(f.chosen("space", "13")).isFalse();
    }
}
