package org.agora.web.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Templates call the methods of Agora's objects as before, found once, and Thymeleaf's rules still hold. */
public class TemplateMethodsTest {

    /** An object a template reads, which tells whether OGNL's own accessor made the call. */
    public record Card(String title, int likes) {

        public String heading(String prefix, int times) {
            return prefix.repeat(times) + title + by();
        }

        public String size(int count) {
            return "int " + count + by();
        }

        public String size(String count) {
            return "text " + count + by();
        }

        public String fails() {
            throw new IllegalStateException("the card is gone");
        }

        private static String by() {
            boolean ognl = StackWalker.getInstance().walk(frames -> frames
                    .anyMatch(f -> f.getClassName().equals("ognl.OgnlRuntime")
                            && f.getMethodName().equals("callAppropriateMethod")));
            return ognl ? " (ognl)" : " (kept)";
        }
    }

    private static TemplateEngine engine;

    @BeforeAll
    static void engine() {
        TemplateMethods.install();
        engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
    }

    private static String render(String expression, Object card) {
        Context context = new Context();
        context.setVariables(Map.of("card", card));
        return engine.process("<p th:text=\"" + expression + "\"></p>", context);
    }

    @Test
    void aMethodOfOneNameIsCalledWithoutOgnlsSearchTheSecondTimeAsTheFirst() {
        Card card = new Card("Roadmap", 3);
        assertThat(render("${card.heading('#-', 2)}", card)).isEqualTo("<p>#-#-Roadmap (kept)</p>");
        assertThat(render("${card.heading('>>', 1)}", card)).isEqualTo("<p>&gt;&gt;Roadmap (kept)</p>");
        assertThat(render("${card.title()} + ' ' + ${card.likes()}", card)).isEqualTo("<p>Roadmap 3</p>");
    }

    @Test
    void overloadsAndArgumentsToConvertAreLeftToOgnl() {
        Card card = new Card("Roadmap", 3);
        assertThat(render("${card.size(2)}", card)).isEqualTo("<p>int 2 (ognl)</p>");
        assertThat(render("${card.size('two')}", card)).isEqualTo("<p>text two (ognl)</p>");
        // a long where the method takes an int, a character where it takes a text: OGNL converts them
        assertThat(render("${card.heading('--', 2L)}", card)).isEqualTo("<p>----Roadmap (ognl)</p>");
        assertThat(render("${card.heading('-', 2)}", card)).isEqualTo("<p>--Roadmap (ognl)</p>");
    }

    @Test
    void aFailingMethodFailsTheTemplateWithItsCause() {
        assertThatThrownBy(() -> render("${card.fails()}", new Card("Roadmap", 3)))
                .isInstanceOf(TemplateProcessingException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("the card is gone");
    }

    @Test
    void thymeleafsRulesStillRefuseTheCallsTheyRefused() {
        Card card = new Card("Roadmap", 3);
        assertThatThrownBy(() -> render("${card.getClass().getClassLoader()}", card))
                .isInstanceOf(TemplateProcessingException.class);
        assertThatThrownBy(() -> render("${card.title().getClass().getClassLoader()}", card))
                .isInstanceOf(TemplateProcessingException.class);
    }
}
