package org.agora.privacy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agora.content.RichText;
import org.agora.people.Roles;
import org.agora.people.model.Person;
import org.agora.privacy.model.PrivacyNotice;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/** The privacy notice: what Agora stores and why, written by administrators, every version kept. */
@Stateless
public class PrivacyNotices {

    /** The longest notice, in characters of Markdown. */
    public static final int MAX_LENGTH = 50_000;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Roles roles;

    /** @return the latest version, or empty while no administrator has written one */
    public Optional<NoticeView> current() {
        List<Integer> versions = versions();
        return versions.isEmpty() ? Optional.empty() : Optional.of(version(versions.get(0)));
    }

    /**
     * @throws UnknownItemException if there is no such version
     */
    public NoticeView version(int version) {
        PrivacyNotice notice = em.find(PrivacyNotice.class, version);
        if (notice == null) {
            throw new UnknownItemException("error.notice.version");
        }
        return new NoticeView(notice.getVersion(), notice.getBody(), notice.getBodyHtml(), notice.getWrittenBy(),
                notice.getWrittenAt(), versions());
    }

    /**
     * Publishes a new version of the notice.
     *
     * @return its version number
     * @throws AccessDeniedException unless an administrator writes
     * @throws InvalidInputException for an empty or too long text
     */
    public int publish(long adminId, String markdown) {
        roles.requireAdmin(adminId, "error.privacy.admin");
        Person admin = em.find(Person.class, adminId);
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidInputException("text", "error.notice.empty");
        }
        if (markdown.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "error.notice.long", MAX_LENGTH);
        }
        List<Integer> versions = versions();
        int next = versions.isEmpty() ? 1 : versions.get(0) + 1;
        em.persist(new PrivacyNotice(next, markdown.strip(), RichText.toHtml(markdown.strip()), admin.getName(),
                Instant.now()));
        return next;
    }

    private List<Integer> versions() {
        return em.createQuery("SELECT n.version FROM PrivacyNotice n ORDER BY n.version DESC", Integer.class)
                .getResultList();
    }
}
