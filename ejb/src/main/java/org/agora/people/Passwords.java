package org.agora.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;
import org.agora.config.AgoraConfig;
import org.agora.validation.InvalidInputException;

/** Salted, slow password hashes (PBKDF2 with SHA-512) and the rule for a acceptable password. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    AgoraConfig config;

    // checked against when there is no stored hash, so that an unknown address costs the same time as a known one
    private String standIn;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(config.passwordIterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        standIn = hash.generate(UUID.randomUUID().toString().toCharArray());
    }

    /** @throws InvalidInputException if the password is too short or too long */
    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "error.password.short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "error.password.long", MAX_LENGTH);
        }
        return hash.generate(password.toCharArray());
    }

    /**
     * Checks a password against a stored hash, taking as long when there is none (an unknown account, or one without
     * a password yet), so that the time of a refusal does not tell which addresses have accounts.
     */
    public boolean matches(String password, String storedHash) {
        char[] typed = (password == null ? "" : password).toCharArray();
        boolean matches = hash.verify(typed, storedHash == null ? standIn : storedHash);
        return matches && password != null && storedHash != null;
    }
}
