package org.agora.people.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void addressesAreTrimmedAndLowerCased() {
        assertThat(EmailAddress.normalise("  Ada.Lovelace@Lumen.EXAMPLE \t")).contains("ada.lovelace@lumen.example");
    }

    @Test
    void plusAndSubdomainsAreAccepted() {
        assertThat(EmailAddress.normalise("a+tag@mail.lumen.example")).contains("a+tag@mail.lumen.example");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "ada", "ada@", "@lumen.example", "ada@lumen", "ada@@lumen.example",
            "ada lovelace@lumen.example", "ada..l@lumen.example", "ada@-lumen.example", "ada@lumen..example",
            "ada@lumen.example.", ".ada@lumen.example", "ada.@lumen.example", "<ada@lumen.example>", "ada@lumen.example\nbcc@evil.example"})
    void badShapesAreRefused(String raw) {
        assertThat(EmailAddress.normalise(raw)).isEmpty();
    }

    @Test
    void overlongAddressesAreRefused() {
        String domain = ("a".repeat(60) + ".").repeat(5) + "example";
        assertThat(domain.length() + 2).isGreaterThan(254);
        assertThat(EmailAddress.normalise("a@" + domain)).isEmpty();
    }
}
