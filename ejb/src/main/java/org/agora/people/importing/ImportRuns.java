package org.agora.people.importing;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.agora.people.PersonChanged;
import org.agora.people.model.Person;
import org.agora.people.model.Role;

/**
 * Reads and writes import runs and applies imported rows to the people directory. The methods that change runs
 * and people are called by the steps of the import job, each inside the job's chunk transaction.
 */
@Stateless
public class ImportRuns {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Event<PersonChanged> searchable;

    public long create(String fileName, long adminId) {
        ImportRun run = new ImportRun(fileName, adminId, Instant.now());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public void started(long runId, long executionId) {
        em.find(ImportRun.class, runId).started(executionId);
    }

    public void running(long runId, int totalRows) {
        em.find(ImportRun.class, runId).running(totalRows);
    }

    public void finish(long runId, boolean success) {
        em.find(ImportRun.class, runId).finish(success, Instant.now());
    }

    public Set<String> knownEmails() {
        return new HashSet<>(em.createNamedQuery("Person.allEmails", String.class).getResultList());
    }

    public Set<Integer> rejectedLines(long runId) {
        return new HashSet<>(em.createQuery(
                        "SELECT r.lineNumber FROM ImportRejection r WHERE r.runId = :run", Integer.class)
                .setParameter("run", runId).getResultList());
    }

    /** Creates or updates the people of the rows without a problem and records the others as rejected. */
    public void apply(long runId, List<ImportItem> items) {
        Map<String, Person> existing = byEmail(items.stream()
                .filter(i -> i.problem() == null).map(i -> i.row().normalisedEmail()).toList());
        int created = 0, updated = 0, unchanged = 0, rejected = 0;
        List<Person> changedPeople = new java.util.ArrayList<>();
        Instant now = Instant.now();
        for (ImportItem item : items) {
            EmployeeRow row = item.row();
            if (item.problem() != null) {
                em.persist(new ImportRejection(runId, row, item.problem()));
                rejected++;
                continue;
            }
            Person person = existing.get(row.normalisedEmail());
            if (person == null) {
                person = new Person(row.normalisedEmail(), row.name(), Role.MEMBER, now);
                person.describe(row.name(), row.department(), row.jobTitle(), now);
                em.persist(person);
                existing.put(person.getEmail(), person);
                changedPeople.add(person);
                created++;
            } else {
                boolean described = person.describe(row.name(), row.department(), row.jobTitle(), now);
                boolean managerChanges = !Objects.equals(person.managerEmail(), row.normalisedManagerEmail());
                if (described) {
                    changedPeople.add(person);
                }
                if (described || managerChanges) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
        }
        em.find(ImportRun.class, runId).count(created, updated, unchanged, rejected);
        em.flush();
        changedPeople.forEach(p -> searchable.fire(new PersonChanged(p.getId())));
    }

    /** Sets each row's manager, once every row's person exists. */
    public void linkManagers(List<EmployeeRow> rows) {
        List<String> emails = rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.normalisedEmail(), r.normalisedManagerEmail()))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, Person> people = byEmail(emails);
        Instant now = Instant.now();
        for (EmployeeRow row : rows) {
            Person person = people.get(row.normalisedEmail());
            String managerEmail = row.normalisedManagerEmail();
            person.reportTo(managerEmail == null ? null : people.get(managerEmail), now);
        }
    }

    private Map<String, Person> byEmail(List<String> emails) {
        Map<String, Person> found = new HashMap<>();
        if (emails.isEmpty()) {
            return found;
        }
        // the ids through the address index, named: Derby keeps a statement's plan, and one made while the table was
        // small (a company's first import, its first chunks) read every person for each chunk of 200 addresses
        Query matching = em.createNativeQuery("SELECT id FROM person --DERBY-PROPERTIES index=PERSON_EMAIL\n"
                + "WHERE email IN (" + String.join(", ", Collections.nCopies(emails.size(), "?")) + ")");
        for (int i = 0; i < emails.size(); i++) {
            matching.setParameter(i + 1, emails.get(i));
        }
        List<Long> ids = ((List<?>) matching.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (!ids.isEmpty()) {
            em.createNamedQuery("Person.byIds", Person.class).setParameter("ids", ids)
                    .getResultStream().forEach(p -> found.put(p.getEmail(), p));
        }
        return found;
    }

    public Optional<ImportRunView> view(long runId) {
        return Optional.ofNullable(em.find(ImportRun.class, runId)).map(ImportRun::view);
    }

    public List<RejectionView> rejections(long runId, int limit) {
        return em.createQuery("SELECT r FROM ImportRejection r WHERE r.runId = :run ORDER BY r.lineNumber",
                        ImportRejection.class)
                .setParameter("run", runId).setMaxResults(limit)
                .getResultStream().map(ImportRejection::view).toList();
    }

    public List<ImportRunView> recent(int limit) {
        return em.createQuery("SELECT r FROM ImportRun r ORDER BY r.id DESC", ImportRun.class)
                .setMaxResults(limit).getResultStream().map(ImportRun::view).toList();
    }
}
