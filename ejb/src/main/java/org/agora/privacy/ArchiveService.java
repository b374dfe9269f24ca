package org.agora.privacy;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.agora.config.AgoraConfig;
import org.agora.people.model.Person;
import org.agora.privacy.model.PersonalExport;
import org.agora.privacy.model.PersonalExport.Status;
import org.agora.privacy.model.PrivacyAccess.Action;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.UnknownItemException;

/**
 * Archives of a person's data written in the background (a Jakarta Batch job) for the person themself (GDPR
 * articles 15 and 20) or an administrator, downloaded through a secret link that expires.
 */
@Stateless
public class ArchiveService {

    static final String JOB = "personal-data-archive";
    static final String EXPORT = "export";
    /** How long a download link works. */
    static final Duration LIFETIME = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PrivacyAudit audit;

    @Inject
    AgoraConfig config;

    /**
     * Starts writing an archive of the person's data, or returns the one being written.
     *
     * @throws AccessDeniedException if someone other than the person or an administrator asks
     */
    public ArchiveView request(long requesterId, long personId) {
        if (requesterId != personId) {
            audit.adminAccess(requesterId, personId, Action.EXPORT);
        } else if (em.find(Person.class, personId) == null) {
            throw new UnknownItemException("error.person.id");
        }
        List<ArchiveView> running = requestedBy(requesterId, personId).stream().filter(ArchiveView::running).toList();
        if (!running.isEmpty()) {
            return running.get(0);
        }
        Instant now = Instant.now();
        PersonalExport export = new PersonalExport(personId, requesterId,
                HexFormat.of().formatHex(token()), now,
                now.plus(LIFETIME));
        em.persist(export);
        em.flush();
        Properties parameters = new Properties();
        parameters.setProperty(EXPORT, Long.toString(export.getId()));
        BatchRuntime.getJobOperator().start(JOB, parameters);
        return view(export, now);
    }

    private static byte[] token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** @return the person's latest archives, newest first */
    public List<ArchiveView> archives(long personId) {
        Instant now = Instant.now();
        return em.createQuery("SELECT e FROM PersonalExport e WHERE e.personId = :person ORDER BY e.id DESC",
                        PersonalExport.class).setParameter("person", personId).setMaxResults(5)
                .getResultStream().map(e -> view(e, now)).toList();
    }

    /** @return the latest archives of the person's data that this administrator asked for, newest first */
    public List<ArchiveView> requestedBy(long adminId, long personId) {
        Instant now = Instant.now();
        return em.createQuery("""
                        SELECT e FROM PersonalExport e WHERE e.personId = :person AND e.requestedBy = :admin
                        ORDER BY e.id DESC""", PersonalExport.class)
                .setParameter("person", personId).setParameter("admin", adminId).setMaxResults(5)
                .getResultStream().map(e -> view(e, now)).toList();
    }

    /**
     * @return the archive's file, for the person or the administrator who asked for it
     * @throws UnknownItemException if there is no such archive for the reader, or its link expired
     */
    public Path download(String token, long readerId) {
        List<PersonalExport> found = em.createQuery("SELECT e FROM PersonalExport e WHERE e.token = :token",
                PersonalExport.class).setParameter("token", token == null ? "" : token).getResultList();
        PersonalExport export = found.stream()
                .filter(e -> e.getPersonId() == readerId || e.getRequestedBy() == readerId)
                .findFirst().orElseThrow(() -> new UnknownItemException("error.archive.unknown"));
        Path file = file(export.getToken());
        if (export.expired(Instant.now())) {
            delete(file);
            throw new UnknownItemException("error.archive.expired");
        }
        if (export.getStatus() != Status.READY || !Files.isRegularFile(file)) {
            throw new UnknownItemException("error.archive.unknown");
        }
        return file;
    }

    /** @return the export the job writes: who, and the file to write */
    public PersonalExportTask task(long exportId) {
        PersonalExport export = em.find(PersonalExport.class, exportId);
        return new PersonalExportTask(export.getId(), export.getPersonId(), file(export.getToken()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long exportId, int percent) {
        em.find(PersonalExport.class, exportId).writing(percent);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ready(long exportId, long size) {
        em.find(PersonalExport.class, exportId).ready(size);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long exportId) {
        em.find(PersonalExport.class, exportId).failed();
    }

    /** Deletes the files of expired archives: every hour, and before each new archive is written. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    public void forgetExpired() {
        em.createQuery("SELECT e FROM PersonalExport e WHERE e.expiresAt <= :now", PersonalExport.class)
                .setParameter("now", Instant.now()).getResultStream().forEach(e -> delete(file(e.getToken())));
    }

    private Path file(String token) {
        return config.dataDir().resolve("exports").resolve(token + ".zip");
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArchiveView view(PersonalExport e, Instant now) {
        return new ArchiveView(e.getToken(), e.getStatus().name(), e.getProgress(), e.getSize(), e.getCreatedAt(),
                e.getExpiresAt(), e.expired(now));
    }
}
