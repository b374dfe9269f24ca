package org.agora.notify.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an unsubscribe link stops, signed so that it works without signing in and cannot be forged:
 * {@code person.scope.expiry-day.signature}. The scope is a kind of notification, or {@value #DIGEST} for the digests.
 *
 * @param scope a kind's name, or {@value #DIGEST}
 */
public record UnsubscribeToken(long personId, String scope, long expiresEpochDay) {

    /** The scope of a digest's link: every kind the person receives in digests. */
    public static final String DIGEST = "DIGEST";

    /** How long a link works. */
    public static final Duration VALIDITY = Duration.ofDays(90);

    private static final Pattern FORM = Pattern.compile("(\\d{1,18})\\.([A-Z]{1,20})\\.(\\d{1,9})\\.([A-Za-z0-9_-]{43})");

    /** @return a token for that person and scope, valid {@link #VALIDITY} from now */
    public static UnsubscribeToken of(long personId, String scope, Instant now) {
        return new UnsubscribeToken(personId, scope, now.plus(VALIDITY).getEpochSecond() / 86400);
    }

    /** @return the token with its signature, for a link */
    public String sign(byte[] key) {
        String body = personId + "." + scope + "." + expiresEpochDay;
        return body + "." + mac(key, body);
    }

    /** Why a link does not work. */
    public enum Problem { FORGED, EXPIRED }

    /**
     * @return the token the link carries, or the problem with it
     */
    public static Result read(String signed, byte[] key, Instant now) {
        Matcher m = signed == null ? null : FORM.matcher(signed);
        if (m == null || !m.matches()) {
            return new Result(Optional.empty(), Problem.FORGED);
        }
        String body = m.group(1) + "." + m.group(2) + "." + m.group(3);
        if (!MessageDigest.isEqual(mac(key, body).getBytes(StandardCharsets.US_ASCII),
                m.group(4).getBytes(StandardCharsets.US_ASCII))) {
            return new Result(Optional.empty(), Problem.FORGED);
        }
        UnsubscribeToken token = new UnsubscribeToken(Long.parseLong(m.group(1)), m.group(2),
                Long.parseLong(m.group(3)));
        if (now.getEpochSecond() / 86400 > token.expiresEpochDay()) {
            return new Result(Optional.empty(), Problem.EXPIRED);
        }
        return new Result(Optional.of(token), null);
    }

    /** A token that works, or the problem of one that does not. */
    public record Result(Optional<UnsubscribeToken> token, Problem problem) {
    }

    private static String mac(byte[] key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
