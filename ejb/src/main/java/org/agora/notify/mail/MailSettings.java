package org.agora.notify.mail;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agora.notify.mail.model.Delivery;
import org.agora.notify.mail.model.DeliveryChoice;
import org.agora.notify.mail.model.MailProfile;
import org.agora.notify.model.Notification.Kind;
import org.agora.validation.UnknownItemException;

/**
 * How each person hears of each kind of notification by mail, the language of their mails, and the unsubscribe links
 * that turn mails off without signing in.
 */
@Stateless
public class MailSettings {

    /** The languages mails are written in; English for anyone else. */
    static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "fr");

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @jakarta.ejb.EJB
    org.agora.people.AccountService accounts;

    @jakarta.ejb.EJB
    MailKey keys;

    /** @return the person's delivery of every kind, the defaults where they chose nothing */
    public Map<Kind, Delivery> deliveries(long personId) {
        Map<Kind, Delivery> all = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            all.put(kind, Delivery.byDefault(kind));
        }
        em.createQuery("SELECT c FROM DeliveryChoice c WHERE c.personId = :person", DeliveryChoice.class)
                .setParameter("person", personId).getResultStream()
                .forEach(c -> all.put(c.getKind(), c.getDelivery()));
        return all;
    }

    /** @return how the person hears of that kind */
    public Delivery delivery(long personId, Kind kind) {
        DeliveryChoice choice = em.find(DeliveryChoice.class, new DeliveryChoice.Key(personId, kind));
        return choice == null ? Delivery.byDefault(kind) : choice.getDelivery();
    }

    /** Sets how the person hears of a kind. */
    public void choose(long personId, Kind kind, Delivery delivery) {
        DeliveryChoice choice = em.find(DeliveryChoice.class, new DeliveryChoice.Key(personId, kind));
        if (choice == null) {
            em.persist(new DeliveryChoice(personId, kind, delivery));
        } else {
            choice.setDelivery(delivery);
        }
    }

    /** Sets how the person hears of each kind, and writes their mails in the language of their pages. */
    public void save(long personId, Map<Kind, Delivery> chosen, Locale language) {
        chosen.forEach((kind, delivery) -> choose(personId, kind, delivery));
        rememberLanguage(personId, language);
    }

    /** @return the language of the person's mails: the one of their pages when they last chose one; English */
    public Locale language(long personId) {
        return Optional.ofNullable(em.find(MailProfile.class, personId)).map(MailProfile::getLanguage)
                .orElse(Locale.ENGLISH);
    }

    /** @return the language the person chose for their pages, if they ever did */
    public Optional<Locale> chosenLanguage(long personId) {
        return Optional.ofNullable(em.find(MailProfile.class, personId)).map(MailProfile::getLanguage);
    }

    /** Remembers the language a person chose for their pages, so that their mails use it too. */
    public void rememberLanguage(long personId, Locale language) {
        Locale spoken = LANGUAGES.contains(language.getLanguage()) ? Locale.forLanguageTag(language.getLanguage())
                : Locale.ENGLISH;
        MailProfile profile = em.find(MailProfile.class, personId);
        if (profile == null) {
            em.persist(new MailProfile(personId, spoken));
        } else {
            profile.setLanguage(spoken);
        }
    }

    /** Remembers the language of the pages of the person who signs in with that e-mail address, if any. */
    public void rememberLanguage(String email, Locale language) {
        accounts.byEmail(email).ifPresent(person -> rememberLanguage(person.id(), language));
    }

    /** @return the person's mail profile, made if they have none yet */
    public MailProfile profile(long personId) {
        MailProfile profile = em.find(MailProfile.class, personId);
        if (profile == null) {
            profile = new MailProfile(personId, Locale.ENGLISH);
            em.persist(profile);
        }
        return profile;
    }

    /** @return the signed link that stops the mails of that scope (a kind, or the digests) */
    public String unsubscribeLink(String baseUrl, long personId, String scope) {
        return baseUrl + "/unsubscribe?t=" + UnsubscribeToken.of(personId, scope, Instant.now()).sign(key());
    }

    /**
     * Follows an unsubscribe link: the mails of its scope stop.
     *
     * @return what was stopped
     * @throws BadUnsubscribeLinkException if the link is forged or expired
     */
    public UnsubscribeToken unsubscribe(String signed) {
        UnsubscribeToken token = check(signed);
        if (UnsubscribeToken.DIGEST.equals(token.scope())) {
            deliveries(token.personId()).forEach((kind, delivery) -> {
                if (delivery == Delivery.DAILY || delivery == Delivery.WEEKLY) {
                    choose(token.personId(), kind, Delivery.OFF);
                }
            });
        } else {
            choose(token.personId(), Kind.valueOf(token.scope()), Delivery.OFF);
        }
        return token;
    }

    /**
     * @return what a link would stop, without stopping it
     * @throws BadUnsubscribeLinkException if the link is forged or expired
     */
    public UnsubscribeToken check(String signed) {
        UnsubscribeToken.Result read = UnsubscribeToken.read(signed, key(), Instant.now());
        UnsubscribeToken token = read.token().orElseThrow(() -> new BadUnsubscribeLinkException(read.problem()));
        boolean known = UnsubscribeToken.DIGEST.equals(token.scope())
                || java.util.Arrays.stream(Kind.values()).anyMatch(k -> k.name().equals(token.scope()));
        if (!known || em.find(org.agora.people.model.Person.class, token.personId()) == null) {
            throw new BadUnsubscribeLinkException(UnsubscribeToken.Problem.FORGED);
        }
        return token;
    }

    private byte[] key() {
        return keys.get();
    }

    /** An unsubscribe link that is forged or has expired. */
    public static class BadUnsubscribeLinkException extends UnknownItemException {
        private final UnsubscribeToken.Problem problem;

        public BadUnsubscribeLinkException(UnsubscribeToken.Problem problem) {
            super(problem == UnsubscribeToken.Problem.EXPIRED ? "error.unsubscribe.expired"
                    : "error.unsubscribe.forged");
            this.problem = problem;
        }

        public UnsubscribeToken.Problem problem() {
            return problem;
        }
    }
}
