package org.agora.notify.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.agora.notify.NotificationLines;
import org.agora.notify.NotificationView;
import org.agora.notify.mail.model.Delivery;
import org.agora.notify.mail.model.OutgoingMail;
import org.agora.notify.model.Notification;
import org.agora.people.model.Person;

/**
 * Writes the mail of a notification its recipient wants at once, in the transaction that creates the notification
 * (the outbox sends it after the commit), in the recipient's language, with a link that stops such mails.
 */
@Stateless
public class Mailer {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    MailConfig config;

    @EJB
    MailSettings settings;

    @EJB
    MailOutbox outbox;

    @EJB
    NotificationLines notifications;

    /** Mails a new notification if its recipient hears of its kind at once; nothing if no mail is configured. */
    public void notified(Notification n) {
        if (!config.configured() || settings.delivery(n.getRecipientId(), n.getKind()) != Delivery.INSTANT) {
            return;
        }
        em.flush();
        Person recipient = em.find(Person.class, n.getRecipientId());
        Locale locale = settings.language(recipient.getId());
        NotificationView line = notifications.describe(recipient.getId(), List.of(n), locale).getFirst();
        MailTexts texts = new MailTexts(locale);
        String text = line(texts, line);
        String link = config.url() + n.link();
        String unsubscribe = settings.unsubscribeLink(config.url(), recipient.getId(), n.getKind().name());
        String settingsLink = config.url() + "/settings/notifications";

        StringBuilder plain = new StringBuilder(text).append("\n\n");
        if (line.snippet() != null) {
            plain.append("> ").append(line.snippet()).append("\n\n");
        }
        plain.append(texts.get("open")).append(": ").append(link).append("\n\n-- \n")
                .append(texts.get("instant.footer")).append('\n')
                .append(texts.get("unsubscribe.kind")).append(": ").append(unsubscribe).append('\n')
                .append(texts.get("settings")).append(": ").append(settingsLink).append('\n');
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><body style=\"font-family:sans-serif\"><p><strong>").append(MailTexts.html(text))
                .append("</strong></p>");
        if (line.snippet() != null) {
            html.append("<blockquote style=\"color:#555\">").append(MailTexts.html(line.snippet()))
                    .append("</blockquote>");
        }
        html.append("<p><a href=\"").append(MailTexts.html(link)).append("\">")
                .append(MailTexts.html(texts.get("open"))).append("</a></p>");
        footer(html, texts, texts.get("instant.footer"), texts.get("unsubscribe.kind"), unsubscribe, settingsLink);
        outbox.queue(new OutgoingMail(recipient.getId(), recipient.getEmail(), text, plain.toString(),
                html.toString(), unsubscribe, Instant.now()));
        n.mailed(Instant.now());
    }

    /** @return the line in the mails' words: who did what */
    static String line(MailTexts texts, NotificationView line) {
        if (line.kind().equals("plugin")) {
            return line.actor();
        }
        String kind = line.kind().toUpperCase(Locale.ROOT);
        try {
            return line.others() > 0 ? texts.get("line." + kind + ".others", line.actor(), line.others())
                    : texts.get("line." + kind, line.actor(), line.about() == null ? "" : line.about());
        } catch (java.util.MissingResourceException e) {
            // a kind added since these words were written still names who did it
            return line.actor();
        }
    }

    static void footer(StringBuilder html, MailTexts texts, String why, String stop, String unsubscribe,
                       String settingsLink) {
        html.append("<hr><p style=\"color:#777;font-size:small\">").append(MailTexts.html(why)).append("<br><a href=\"")
                .append(MailTexts.html(unsubscribe)).append("\">").append(MailTexts.html(stop)).append("</a> · <a href=\"")
                .append(MailTexts.html(settingsLink)).append("\">").append(MailTexts.html(texts.get("settings")))
                .append("</a></p></body></html>");
    }
}
