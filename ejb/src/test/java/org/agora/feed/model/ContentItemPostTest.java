package org.agora.feed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.agora.content.Mentioned;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class ContentItemPostTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
    private final Person ada = new Person("ada@example.test", "Ada", Role.MEMBER, T);
    private final ItemContent page = new ItemContent("wiki", "page", "Onboarding", "/m/wiki/page/1", true);

    @Test
    void aContentItemKeepsItsPluginTitleAndSummary() {
        Post post = new Post(ada, null, page, new ItemText("# Hello\n\nWelcome **all**"), Mentioned.NOBODY, T);
        assertThat(post.item()).contains(page);
        assertThat(post.getSummary()).isEqualTo("Hello Welcome all");
        assertThat(new Post(ada, null, new PostText("plain"), Mentioned.NOBODY, T).item()).isEmpty();
    }

    @Test
    void anyEditorRevisesAnItemThroughItsPluginButNotAsAPost() throws ReflectiveOperationException {
        Post post = stored(new Post(ada, null, page, new ItemText("v1"), Mentioned.NOBODY, T), 7);
        PostRevision former = post.revise(page, 99, new ItemText("v2"), Mentioned.NOBODY, T.plusSeconds(60));
        assertThat(former.getBody()).isEqualTo("v1");
        assertThat(post.getBody()).isEqualTo("v2");
        assertThat(post.getAuthor()).isSameAs(ada);
        assertThat(post.getEditedAt()).isEqualTo(T.plusSeconds(60));
        ItemContent other = new ItemContent("ideas", "page", "x", "/m/ideas/1", true);
        assertThatThrownBy(() -> post.revise(other, 99, new ItemText("v3"), Mentioned.NOBODY, T))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> post.edit(0, new PostText("v3"), Mentioned.NOBODY, T))
                .isInstanceOf(IllegalStateException.class);
    }

    // as the database would after persist
    private static Post stored(Post post, long id) throws ReflectiveOperationException {
        var field = Post.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(post, id);
        return post;
    }

    @Test
    void anItemsTextMayBeEmptyButNotHuge() {
        assertThat(new ItemText(null).markdown()).isEmpty();
        assertThat(new ItemText("  a  ").markdown()).isEqualTo("a");
        assertThatThrownBy(() -> new ItemText("x".repeat(ItemText.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSummaryCutsLongTextBetweenWords() {
        assertThat(Summary.of("  short\n text ")).isEqualTo("short text");
        String cut = Summary.of("word ".repeat(100));
        assertThat(cut).endsWith("word…").hasSizeLessThanOrEqualTo(Summary.LENGTH + 1);
        assertThat(Summary.of("x".repeat(400))).hasSize(Summary.LENGTH);
    }
}
