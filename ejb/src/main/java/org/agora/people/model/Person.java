package org.agora.people.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** An employee with an Agora account. */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.byEmail", query = "SELECT p FROM Person p WHERE p.email = :email")
@NamedQuery(name = "Person.byIds", query = "SELECT p FROM Person p LEFT JOIN FETCH p.manager WHERE p.id IN :ids")
@NamedQuery(name = "Person.countByRole",
        query = "SELECT COUNT(p) FROM Person p WHERE p.role = :role AND " + Person.LISTED)
@NamedQuery(name = "Person.idsByRole",
        query = "SELECT p.id FROM Person p WHERE p.role = :role AND " + Person.LISTED)
@NamedQuery(name = "Person.allEmails", query = "SELECT p.email FROM Person p")
public class Person {

    /**
     * The e-mail address of the author of anonymous content items, a system account created by a migration, in the
     * reserved domain {@code .invalid}; nobody signs in with it (it has no password).
     */
    public static final String ANONYMOUS_EMAIL = "anonymous@agora.invalid";

    /** A JPQL condition on a person aliased {@code p}: only people whose account is in use. */
    public static final String ACTIVE_ONLY = "p.status = org.agora.people.model.AccountStatus.ACTIVE";

    /**
     * A JPQL condition on {@code Person p}: the people of the company whose account is in use, without the host's
     * own accounts.
     */
    public static final String LISTED = ACTIVE_ONLY + " AND p.email <> '" + ANONYMOUS_EMAIL + "'";

    public static final int MAX_NAME = 120;
    public static final int MAX_TEXT = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    private String department;

    @Column(name = "job_title")
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String email, String name, Role role, Instant now) {
        this.email = EmailAddress.normalise(email)
                .orElseThrow(() -> new IllegalArgumentException("not an e-mail address: " + email));
        this.name = requireText(name, "name");
        this.role = Objects.requireNonNull(role);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Sets what the company directory says about the person.
     *
     * @return true if anything changed
     */
    public boolean describe(String newName, String newDepartment, String newJobTitle, Instant now) {
        String n = requireText(newName, "name");
        String d = blankToNull(newDepartment);
        String t = blankToNull(newJobTitle);
        if (n.equals(name) && Objects.equals(d, department) && Objects.equals(t, jobTitle)) {
            return false;
        }
        name = n;
        department = d;
        jobTitle = t;
        updatedAt = now;
        return true;
    }

    /**
     * @return true if the manager changed
     * @throws IllegalArgumentException if the person would manage themselves
     */
    public boolean reportTo(Person newManager, Instant now) {
        if (newManager != null && newManager.email.equals(email)) {
            throw new IllegalArgumentException("a person cannot be their own manager");
        }
        if (Objects.equals(managerEmail(), newManager == null ? null : newManager.email)) {
            return false;
        }
        manager = newManager;
        updatedAt = now;
        return true;
    }

    public void grant(Role newRole, Instant now) {
        role = Objects.requireNonNull(newRole);
        updatedAt = now;
    }

    public void setPasswordHash(String hash, Instant now) {
        passwordHash = hash;
        updatedAt = now;
    }

    /** Closes the account of someone who left: they cannot sign in, their content stays. */
    public void deactivate(Instant now) {
        if (status == AccountStatus.ACTIVE) {
            status = AccountStatus.DEACTIVATED;
            updatedAt = now;
        }
    }

    /** Opens a deactivated account again. Erased accounts never come back. */
    public void reactivate(Instant now) {
        if (status == AccountStatus.DEACTIVATED) {
            status = AccountStatus.ACTIVE;
            updatedAt = now;
        }
    }

    /**
     * Removes everything that identifies the person from their row, which stays only so that kept content can
     * point at "a former employee": name, e-mail address (replaced by one that reaches nobody), directory fields,
     * manager, password and role. Doing it twice changes nothing.
     *
     * @param formerEmployee the name shown in place of theirs
     */
    public void anonymise(String formerEmployee, Instant now) {
        if (status != AccountStatus.ERASED) {
            status = AccountStatus.ERASING;
        }
        name = formerEmployee;
        email = "erased-" + id + "@erased.invalid";
        department = null;
        jobTitle = null;
        manager = null;
        passwordHash = null;
        role = Role.MEMBER;
        updatedAt = now;
    }

    /** Marks the end of erasure: every step has run. */
    public void erased(Instant now) {
        status = AccountStatus.ERASED;
        updatedAt = now;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String managerEmail() {
        return manager == null ? null : manager.email;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @return true for an account of the host itself (the anonymous author), which no directory lists */
    public boolean isSystemAccount() {
        return ANONYMOUS_EMAIL.equals(email);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getDepartment() {
        return department;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Person getManager() {
        return manager;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }
}
