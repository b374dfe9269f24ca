package org.agora.feed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.validation.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PostTextTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\n\t  \n"})
    void emptyOrBlankTextIsRefusedOnTheTextField(String markdown) {
        assertThatThrownBy(() -> new PostText(markdown))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("text");
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void surroundingWhitespaceIsTrimmed() {
        assertThat(new PostText("\n  hello **world**  \n\n").markdown()).isEqualTo("hello **world**");
    }

    @Test
    void exactlyTheMaximumIsAccepted() {
        String max = "a".repeat(PostText.MAX_LENGTH);
        assertThat(PostText.MAX_LENGTH).isEqualTo(5000);
        assertThat(new PostText(max).markdown()).hasSize(5000);
    }

    @Test
    void whitespaceDoesNotCountTowardsTheMaximum() {
        assertThat(new PostText("  " + "a".repeat(5000) + "\n\n").markdown()).hasSize(5000);
    }

    @Test
    void overTheMaximumIsRefusedWithBothLengths() {
        assertThatThrownBy(() -> new PostText("a".repeat(5001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("text");
                    assertThat(e.getMessage()).containsPattern("5.?000").containsPattern("5.?001");
                });
    }
}
