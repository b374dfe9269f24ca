package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads pages as a browser does: elements by CSS selector, and the fields a form would send. */
public final class Forms {

    private Forms() {
    }

    public static Document html(Page page) {
        return Jsoup.parse(page.body());
    }

    /** @return the one element of the page that the selector finds */
    public static Element one(Page page, String selector) {
        Element found = html(page).selectFirst(selector);
        assertThat(found).as(selector + " in " + page).isNotNull();
        return found;
    }

    /** @return the fields a browser sends when the form is submitted, hidden ones and the CSRF token included */
    public static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (input.hasAttr("disabled") || (type.equals("checkbox") || type.equals("radio"))
                    && !input.hasAttr("checked")) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.wholeText();
                case "select" -> {
                    Element option = input.selectFirst("option[selected]");
                    option = option == null ? input.selectFirst("option") : option;
                    yield option == null ? "" : option.attr("value");
                }
                default -> input.attr("value");
            };
            fields.put(input.attr("name"), value);
        }
        return fields;
    }
}
