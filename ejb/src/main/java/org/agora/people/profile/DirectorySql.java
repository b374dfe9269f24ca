package org.agora.people.profile;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.agora.people.model.AccountStatus;
import org.agora.people.model.Person;

/**
 * The directory's queries over the whole company, in SQL that names the index each one reads. Asked in JPQL, Derby
 * read and sorted every person's row for each of them (10,000 people: a count, the departments and one page of names
 * took most of a directory page's time). The index is named in Derby's override, which other databases read as a
 * comment. Each keeps {@link Person#LISTED}: active accounts, without the host's own.
 */
final class DirectorySql {

    private static final String LISTED = "status = ? AND email <> ?";

    private final EntityManager em;

    DirectorySql(EntityManager em) {
        this.em = em;
    }

    /** @return the departments of active people, in no order */
    List<String> departments() {
        return strings(em.createNativeQuery("SELECT DISTINCT department FROM person"
                        + " --DERBY-PROPERTIES index=PERSON_DEPARTMENT_STATUS\nWHERE department IS NOT NULL AND status = ?")
                .setParameter(1, AccountStatus.ACTIVE.name()).getResultList());
    }

    /** @return how many people the directory lists */
    long count() {
        return ((Number) listed("SELECT COUNT(*) FROM person --DERBY-PROPERTIES index=PERSON_LISTED\nWHERE " + LISTED)
                .getSingleResult()).longValue();
    }

    /** @return the ids of one page of the directory in name order, through the name index that stops after it */
    List<Long> page(int page, int size) {
        return ids(listed("SELECT id FROM person --DERBY-PROPERTIES index=PERSON_NAME\nWHERE " + LISTED
                + " ORDER BY name, id").setFirstResult((page - 1) * size).setMaxResults(size).getResultList());
    }

    /** @return (id, name) of everyone listed, in name order */
    @SuppressWarnings("unchecked")
    List<Object[]> names() {
        return listed("SELECT id, name FROM person --DERBY-PROPERTIES index=PERSON_NAME\nWHERE " + LISTED
                + " ORDER BY name, id").getResultList();
    }

    private jakarta.persistence.Query listed(String sql) {
        return em.createNativeQuery(sql).setParameter(1, AccountStatus.ACTIVE.name())
                .setParameter(2, Person.ANONYMOUS_EMAIL);
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static List<String> strings(List<?> rows) {
        return rows.stream().map(String.class::cast).toList();
    }
}
