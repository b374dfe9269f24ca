package org.agora.people.links;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.agora.notify.mail.MailConfig;
import org.agora.notify.mail.MailSettings;
import org.agora.people.Passwords;
import org.agora.people.links.LinkRefusedException.Reason;
import org.agora.people.links.model.PasswordLink;
import org.agora.people.model.Person;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One-time links with which people choose their own password: an administrator makes one for a new or locked-out
 * colleague, Agora mails it when a mail server is configured, and the administrator can copy it anyway. A new link
 * replaces the person's earlier ones; a link works once, for {@code agora.password.link.minutes} (a week).
 */
@Stateless
public class PasswordLinks {

    /** The page a link opens, followed by its secret. */
    public static final String PATH = "/password-link/";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    MailConfig mail;

    @Inject
    @ConfigProperty(name = "agora.password.link.minutes", defaultValue = "10080")
    long lifetimeMinutes;

    @EJB
    MailSettings mailSettings;

    @EJB
    PasswordLinkMail mails;

    /** @return true if links can be mailed, because a mail server is configured */
    public boolean canMail() {
        return mail.configured();
    }

    /**
     * Makes a new link for a person, replacing the ones not used yet.
     *
     * @param byAdmin  the administrator who asks, or null
     * @param sendMail true to mail it to the person, if a mail server is configured
     * @param language the administrator's language, for the mail to someone who never chose theirs
     * @throws UnknownItemException for nobody, the anonymous author or someone erased
     * @throws InvalidInputException for a deactivated account, which must be reactivated first
     */
    public IssuedLink issue(long personId, Long byAdmin, boolean sendMail, Locale language) {
        Person person = em.find(Person.class, personId);
        if (person == null || person.isSystemAccount() || person.getStatus().erased()) {
            throw new UnknownItemException("error.person.id");
        }
        if (!person.getStatus().active()) {
            throw new InvalidInputException("person", "error.link.closed");
        }
        Instant now = Instant.now();
        em.createQuery("DELETE FROM PasswordLink l WHERE l.personId = :person AND l.usedAt IS NULL")
                .setParameter("person", personId).executeUpdate();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        PasswordLink link = new PasswordLink(personId, hash(token), byAdmin, now,
                Duration.ofMinutes(Math.max(1, lifetimeMinutes)));
        em.persist(link);
        String url = mail.url() + PATH + token;
        boolean mailed = sendMail && mail.configured();
        if (mailed) {
            Locale locale = mailSettings.chosenLanguage(personId).orElse(language);
            mails.queue(person, url, link.getExpiresAt(), locale);
        }
        return new IssuedLink(personId, person.getName(), person.getEmail(), url, link.getExpiresAt(), mailed);
    }

    /**
     * @return the name of the person the link is for, to greet them
     * @throws LinkRefusedException if the link cannot be used
     */
    public String greet(String token) {
        return usable(token).getName();
    }

    /**
     * Sets the person's password and spends the link.
     *
     * @return the e-mail address the person signs in with
     * @throws LinkRefusedException if the link cannot be used (nothing changes)
     * @throws InvalidInputException if the password breaks the rule (the link still works)
     */
    public String redeem(String token, String password) {
        Person person = usable(token);
        String hash = passwords.hash(password);
        // spent only if nobody spent it meanwhile: two tabs sending at once set one password
        int spent = em.createQuery("UPDATE PasswordLink l SET l.usedAt = :now WHERE l.tokenHash = :hash "
                        + "AND l.usedAt IS NULL")
                .setParameter("now", Instant.now()).setParameter("hash", hash(token)).executeUpdate();
        if (spent != 1) {
            throw new LinkRefusedException(Reason.USED);
        }
        person.setPasswordHash(hash, Instant.now());
        return person.getEmail();
    }

    private Person usable(String token) {
        PasswordLink link = find(token).orElseThrow(() -> new LinkRefusedException(Reason.UNKNOWN));
        switch (link.state(Instant.now())) {
            case USED -> throw new LinkRefusedException(Reason.USED);
            case EXPIRED -> throw new LinkRefusedException(Reason.EXPIRED);
            default -> {
            }
        }
        Person person = em.find(Person.class, link.getPersonId());
        if (person == null || !person.getStatus().active()) {
            throw new LinkRefusedException(Reason.CLOSED);
        }
        return person;
    }

    private Optional<PasswordLink> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM PasswordLink l WHERE l.tokenHash = :hash", PasswordLink.class)
                .setParameter("hash", hash(token)).getResultStream().findFirst();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
