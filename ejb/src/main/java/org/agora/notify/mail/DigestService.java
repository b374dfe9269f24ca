package org.agora.notify.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.feed.PostService;
import org.agora.notify.NotificationLines;
import org.agora.notify.NotificationView;
import org.agora.notify.mail.model.Delivery;
import org.agora.notify.mail.model.MailProfile;
import org.agora.notify.mail.model.OutgoingMail;
import org.agora.notify.model.Notification;
import org.agora.notify.model.Notification.Kind;
import org.agora.people.model.Person;

/**
 * The daily and weekly digests: for each person, what they have not read and that no mail told them yet (of the last
 * eight days), of the kinds
 * they receive in that digest and about what they may still read, grouped by space and capped ("and 37 more"). What a
 * digest tells is marked mailed, so that no digest repeats it.
 */
@Stateless
public class DigestService {

    /** The oldest notification a digest tells of: an upgraded Agora does not mail a year of unread notifications. */
    static final Duration OLDEST = Duration.ofDays(8);

    /** The most lines a digest shows; the rest is counted. */
    public static final int MAX_LINES = 20;

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

    @EJB
    PostService posts;

    /** @return the people with notifications that no mail told them yet */
    public List<Long> recipients() {
        return em.createQuery("""
                        SELECT DISTINCT n.recipientId FROM Notification n
                        WHERE n.readAt IS NULL AND n.mailedAt IS NULL""", Long.class).getResultList();
    }

    /**
     * Writes a person's due digests to the outbox, in a transaction of their own.
     *
     * @param now when the digests are made; a digest is due a day (a week) after the last one, unless {@code force}
     * @return how many digests were written
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int digestFor(long personId, Instant now, boolean force) {
        if (!config.configured()) {
            return 0;
        }
        Map<Kind, Delivery> deliveries = settings.deliveries(personId);
        MailProfile profile = settings.profile(personId);
        int written = 0;
        for (Delivery frequency : List.of(Delivery.DAILY, Delivery.WEEKLY)) {
            Set<Kind> kinds = EnumSet.noneOf(Kind.class);
            deliveries.forEach((kind, d) -> {
                if (d == frequency) {
                    kinds.add(kind);
                }
            });
            Duration period = frequency == Delivery.WEEKLY ? Duration.ofDays(7).minusHours(4) : Duration.ofHours(20);
            Instant last = profile.sentAt(frequency);
            if (kinds.isEmpty() || !(force || last == null || last.plus(period).isBefore(now))) {
                continue;
            }
            if (digest(personId, frequency, kinds, profile.getLanguage(), now)) {
                profile.sent(frequency, now);
                written++;
            }
        }
        return written;
    }

    private boolean digest(long personId, Delivery frequency, Set<Kind> kinds, Locale locale, Instant now) {
        List<Notification> pending = em.createQuery("""
                        SELECT n FROM Notification n LEFT JOIN FETCH n.actor WHERE n.recipientId = :person
                        AND n.readAt IS NULL AND n.mailedAt IS NULL AND n.kind IN :kinds AND n.createdAt > :since
                        ORDER BY n.id DESC""", Notification.class)
                .setParameter("person", personId).setParameter("kinds", kinds)
                .setParameter("since", now.minus(OLDEST)).getResultList();
        Set<Long> postIds = pending.stream().map(Notification::getPostId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> readable = posts.readableIds(postIds, personId);
        List<Notification> told = pending.stream().filter(n -> !n.isConfidential())
                .filter(n -> n.getPostId() == null || readable.contains(n.getPostId())).toList();
        if (told.isEmpty()) {
            return false;
        }
        MailTexts texts = new MailTexts(locale);
        Map<String, List<Notification>> bySpace = bySpace(told, texts.get("digest.companyWide"));
        Map<String, List<NotificationView>> lines = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<String, List<Notification>> space : bySpace.entrySet()) {
            List<NotificationView> described = notifications.describe(personId, space.getValue(), locale);
            lines.put(space.getKey(), described);
            total += described.size();
        }
        Person person = em.find(Person.class, personId);
        String unsubscribe = settings.unsubscribeLink(config.url(), personId, UnsubscribeToken.DIGEST);
        String settingsLink = config.url() + "/settings/notifications";
        String all = config.url() + "/notifications";
        String subject = texts.get("digest.subject." + frequency.name(), total);

        StringBuilder plain = new StringBuilder(texts.get("digest.intro")).append("\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><body style=\"font-family:sans-serif\"><p>")
                .append(MailTexts.html(texts.get("digest.intro"))).append("</p>");
        DigestLayout<NotificationView> layout = DigestLayout.of(lines, MAX_LINES);
        for (Map.Entry<String, List<NotificationView>> space : layout.shown().entrySet()) {
            plain.append("\n").append(space.getKey()).append("\n");
            html.append("<h3>").append(MailTexts.html(space.getKey())).append("</h3><ul>");
            for (NotificationView line : space.getValue()) {
                String text = Mailer.line(texts, line);
                String link = config.url() + line.link();
                plain.append("- ").append(text);
                html.append("<li><a href=\"").append(MailTexts.html(link)).append("\">").append(MailTexts.html(text))
                        .append("</a>");
                if (line.snippet() != null) {
                    plain.append(": ").append(line.snippet());
                    html.append("<br><span style=\"color:#555\">").append(MailTexts.html(line.snippet()))
                            .append("</span>");
                }
                plain.append("\n  ").append(link).append("\n");
                html.append("</li>");
            }
            html.append("</ul>");
        }
        if (layout.more() > 0) {
            plain.append("\n").append(texts.get("digest.more", layout.more())).append("\n");
            html.append("<p>").append(MailTexts.html(texts.get("digest.more", layout.more()))).append("</p>");
        }
        plain.append("\n").append(texts.get("digest.all")).append(": ").append(all).append("\n\n-- \n")
                .append(texts.get("unsubscribe.digest")).append(": ").append(unsubscribe).append('\n')
                .append(texts.get("settings")).append(": ").append(settingsLink).append('\n');
        html.append("<p><a href=\"").append(MailTexts.html(all)).append("\">")
                .append(MailTexts.html(texts.get("digest.all"))).append("</a></p>");
        Mailer.footer(html, texts, texts.get("instant.footer"), texts.get("unsubscribe.digest"), unsubscribe,
                settingsLink);
        outbox.queue(new OutgoingMail(personId, person.getEmail(), subject, plain.toString(), html.toString(),
                unsubscribe, now));
        told.forEach(n -> n.mailed(now));
        return true;
    }

    // company-wide first, then each space by name
    private Map<String, List<Notification>> bySpace(List<Notification> told, String companyWide) {
        Set<Long> postIds = told.stream().map(Notification::getPostId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> spaceOf = new java.util.HashMap<>();
        if (!postIds.isEmpty()) {
            em.createQuery("SELECT p.id, s.name FROM Post p LEFT JOIN p.space s WHERE p.id IN :ids", Object[].class)
                    .setParameter("ids", postIds).getResultStream()
                    .forEach(r -> spaceOf.put((Long) r[0], r[1] == null ? companyWide : (String) r[1]));
        }
        Map<String, List<Notification>> groups = new java.util.TreeMap<>((a, b) ->
                a.equals(b) ? 0 : a.equals(companyWide) ? -1 : b.equals(companyWide) ? 1 : a.compareTo(b));
        for (Notification n : told) {
            String space = n.getPostId() == null ? companyWide : spaceOf.getOrDefault(n.getPostId(), companyWide);
            groups.computeIfAbsent(space, k -> new ArrayList<>()).add(n);
        }
        return groups;
    }
}
