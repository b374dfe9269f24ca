package org.agora.people.links;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.agora.notify.mail.MailOutbox;
import org.agora.notify.mail.model.OutgoingMail;
import org.agora.people.model.Person;

/** Writes the mail that brings a person their password link, in their language, to the outbox. */
@Stateless
public class PasswordLinkMail {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @EJB
    MailOutbox outbox;

    /** Queues the mail in the caller's transaction: it leaves only if the link is stored. */
    public void queue(Person person, String url, Instant expiresAt, Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle("org.agora.people.links.mails", locale,
                PasswordLinkMail.class.getClassLoader(), NO_FALLBACK);
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.of("UTC")).format(expiresAt);
        String subject = words.getString("link.subject");
        String greeting = format(words, "link.greeting", locale, person.getName());
        String body = format(words, "link.body", locale, until);
        String text = greeting + "\n\n" + body + "\n\n" + url + "\n\n" + words.getString("link.ignore") + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body style=\"font-family:sans-serif\">"
                + "<p>" + escape(greeting) + "</p><p>" + escape(body) + "</p><p><a href=\"" + escape(url) + "\">"
                + escape(words.getString("link.action")) + "</a></p><p style=\"color:#777;font-size:small\">"
                + escape(words.getString("link.ignore")) + "</p></body></html>";
        outbox.queue(new OutgoingMail(person.getId(), person.getEmail(), subject, text, html, null, Instant.now()));
    }

    private static String format(ResourceBundle words, String key, Locale locale, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
