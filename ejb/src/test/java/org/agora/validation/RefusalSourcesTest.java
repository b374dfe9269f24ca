package org.agora.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the main sources: a refusal names a key of the errors bundles (and perhaps a form field), never an English
 * sentence that a French reader would see.
 */
class RefusalSourcesTest {

    private static final Pattern REFUSAL =
            Pattern.compile("new (AccessDeniedException|UnknownItemException|InvalidInputException)\\(");
    // two words: keys, parts of keys, field names and separators such as ", " have none
    private static final Pattern SENTENCE = Pattern.compile("\\p{L}[\\p{L}\\p{P}]*\\s+\\p{L}");

    @Test
    void refusalsNameAKeyNotASentence() throws IOException {
        List<String> refusals = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher m = REFUSAL.matcher(source);
                    while (m.find()) {
                        refusals.add(file + ":" + m.start());
                        for (String literal : literals(source, m.end())) {
                            if (SENTENCE.matcher(literal).find()) {
                                sentences.add(file.getFileName() + ": \"" + literal + "\"");
                            }
                        }
                    }
                }
            }
        }
        assertThat(refusals).as("the scan finds the refusals").hasSizeGreaterThan(120);
        assertThat(sentences).isEmpty();
    }

    @Test
    void theScanSeesASentenceAmongTheArguments() {
        String source = "throw new AccessDeniedException(open ? \"error.space.read\" : \"Only (some) members.\");";
        Matcher m = REFUSAL.matcher(source);
        assertThat(m.find()).isTrue();
        assertThat(literals(source, m.end())).containsExactly("error.space.read", "Only (some) members.");
        assertThat(SENTENCE.matcher("Only (some) members.").find()).isTrue();
        assertThat(List.of("error.space.read", "error.tags.", ".long", ", ", "email"))
                .noneMatch(literal -> SENTENCE.matcher(literal).find());
    }

    /** @return the string literals among the arguments of the call whose parenthesis opens before {@code from} */
    static List<String> literals(String source, int from) {
        List<String> found = new ArrayList<>();
        int depth = 1;
        for (int i = from; i < source.length() && depth > 0; i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    found.add(source.substring(i + 1, end));
                }
                i = end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return found;
    }
}
