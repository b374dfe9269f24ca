package org.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agora.content.References;
import org.agora.content.RichText;
import org.agora.demo.DemoCompanyData.DemoSpace;
import org.agora.demo.DemoCompanyData.Employee;
import org.agora.demo.DemoPost.DemoComment;
import org.agora.demo.DemoPost.DemoReaction;
import org.agora.people.model.Role;
import org.agora.reactions.model.ReactionKind;
import org.agora.search.index.Language;
import org.agora.spaces.model.SpaceKind;
import org.junit.jupiter.api.Test;

class DemoPostsTest {

    private final List<DemoPost> posts = DemoSchedule.posts();
    private final Set<String> handles = DemoCompanyData.employees().stream().map(Employee::handle)
            .collect(Collectors.toSet());

    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        posts.forEach(p -> {
            texts.add(p.markdown());
            DemoSchedule.comments(p).forEach(c -> texts.add(c.markdown()));
        });
        return texts;
    }

    @Test
    void everyMentionNamesAnEmployee() {
        List<String> mentioned = texts().stream().flatMap(t -> References.of(t).handles().stream()).toList();
        assertThat(mentioned).hasSizeGreaterThanOrEqualTo(15);
        assertThat(handles).containsAll(mentioned);
    }

    @Test
    void mostPostsCarryHashtagsAndSomeTagsComeBack() {
        List<String> tags = posts.stream().flatMap(p -> References.of(p.markdown()).hashtags().stream()).toList();
        assertThat(posts).filteredOn(p -> References.of(p.markdown()).hashtags().isEmpty()).isEmpty();
        assertThat(new HashSet<>(tags)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(tags).filteredOn("release"::equals).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyoneWritesInTheirOwnLanguageAndBothLanguagesAreUsed() {
        List<Language> used = new ArrayList<>();
        for (DemoPost p : posts) {
            assertThat(language(p.markdown())).as(p.markdown()).isEqualTo(expected(p.author()));
            used.add(language(p.markdown()));
            for (DemoComment c : DemoSchedule.comments(p)) {
                assertThat(language(c.markdown())).as(c.markdown()).isEqualTo(expected(c.author()));
            }
        }
        assertThat(used).filteredOn(Language.FRENCH::equals).hasSizeGreaterThanOrEqualTo(8);
        assertThat(used).filteredOn(Language.ENGLISH::equals).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void whoeverWritesReactsOrSavesInASpaceMayDoSo() {
        for (DemoPost p : posts) {
            assertThat(handles).contains(p.author());
            if (p.space() == null) {
                continue;
            }
            DemoSpace space = DemoCompanyData.space(p.space());
            Stream.concat(Stream.of(p.author()), Stream.concat(
                            DemoSchedule.comments(p).stream().flatMap(c -> Stream.concat(Stream.of(c.author()),
                                    c.reactions().stream().map(DemoReaction::person))),
                            p.reactions().stream().map(DemoReaction::person)))
                    .forEach(h -> assertThat(space.hasMember(h)).as("%s in %s", h, space.name()).isTrue());
            if (space.kind() != SpaceKind.PUBLIC) {
                assertThat(p.savedBy()).allMatch(space::hasMember);
            }
        }
    }

    @Test
    void nobodyReactsOrSavesTwiceBecauseASecondClickTakesItBack() {
        for (DemoPost p : posts) {
            assertThat(p.reactions()).as(p.markdown()).extracting(DemoReaction::person).doesNotHaveDuplicates();
            assertThat(p.savedBy()).doesNotHaveDuplicates().allMatch(handles::contains);
            assertThat(p.readBy()).doesNotHaveDuplicates().allMatch(handles::contains);
            DemoSchedule.comments(p).forEach(c -> assertThat(c.reactions()).extracting(DemoReaction::person)
                    .doesNotHaveDuplicates().allMatch(handles::contains));
        }
    }

    @Test
    void repliesComeAfterTheirCommentAndHaveNoRepliesOfTheirOwn() {
        for (DemoPost p : posts) {
            for (DemoComment c : p.comments()) {
                assertThat(c.minutesAfter()).isPositive();
                assertThat(c.replies()).allSatisfy(r -> {
                    assertThat(r.minutesAfter()).isGreaterThan(c.minutesAfter());
                    assertThat(r.replies()).isEmpty();
                });
            }
        }
    }

    @Test
    void everyKindOfConversationIsShown() {
        assertThat(posts).filteredOn(p -> p.space() == null).hasSizeGreaterThanOrEqualTo(10);
        assertThat(posts.stream().map(DemoPost::space).filter(s -> s != null).distinct())
                .containsExactlyInAnyOrder(DemoCompanyData.ENGINEERING, DemoCompanyData.MARKETING,
                        DemoCompanyData.LEADERSHIP);
        assertThat(posts.stream().flatMap(p -> DemoSchedule.comments(p).stream())).hasSizeGreaterThanOrEqualTo(40);
        assertThat(posts.stream().flatMap(p -> p.comments().stream()).flatMap(c -> c.replies().stream()))
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(posts.stream().flatMap(p -> p.reactions().stream()).map(DemoReaction::kind).distinct())
                .containsExactlyInAnyOrder(ReactionKind.values());
        assertThat(posts).filteredOn(p -> p.reactions().size() >= 5).hasSizeGreaterThanOrEqualTo(10);
        assertThat(posts.stream().flatMap(p -> p.savedBy().stream())).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void theAnnouncementComesFromACommunicatorAndPinsAreInSpaces() {
        assertThat(posts).filteredOn(p -> p.kind() == DemoPost.Kind.ANNOUNCEMENT).singleElement().satisfies(a -> {
            assertThat(role(a.author())).isEqualTo(Role.COMMUNICATOR);
            assertThat(a.readBy()).isNotEmpty();
        });
        assertThat(posts).filteredOn(p -> p.kind() == DemoPost.Kind.PINNED).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(p -> p.space() != null);
        assertThat(posts).filteredOn(p -> p.kind() != DemoPost.Kind.ANNOUNCEMENT).allMatch(p -> p.readBy().isEmpty());
    }

    private static Language language(String markdown) {
        return Language.detect(RichText.toPlainText(markdown));
    }

    private static Language expected(String handle) {
        return DemoProfiles.language(handle).equals(Locale.FRENCH) ? Language.FRENCH : Language.ENGLISH;
    }

    private static Role role(String handle) {
        return DemoCompanyData.employees().stream().filter(e -> e.handle().equals(handle)).findFirst().orElseThrow()
                .role();
    }
}
