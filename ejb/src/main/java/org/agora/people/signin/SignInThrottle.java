package org.agora.people.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.agora.people.model.EmailAddress;

/**
 * Holds back password guessing (OWASP ASVS 2.2.1). Failures are counted three ways: for one account from one
 * address (a guesser is slowed down hard without touching the employee elsewhere), for one address over all accounts
 * (trying one password on many accounts), and for one account from anywhere (guessing from many addresses), which
 * holds back the employee too and so has a short cap. An attempt that is held back is refused before the password is
 * checked and does not count.
 *
 * <p>The counts live in this node's memory: simple, forgotten at restart, and counted per node in a cluster, which
 * at these delays still keeps guessing far below a hundred tries an hour per account.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    static final Failures.Limit PAIR = new Failures.Limit("account and address", 5,
            Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofMinutes(15));
    static final Failures.Limit ADDRESS = new Failures.Limit("address", 20,
            Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofMinutes(15));
    static final Failures.Limit ACCOUNT = new Failures.Limit("account", 10,
            Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(15));
    // past this many remembered keys, forgotten ones are swept, so that random names cannot fill the memory
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

    /** A failure counter: its limit and whom it counts, an account, an address or both. */
    private record Key(Failures.Limit limit, String who) {
    }

    /** One account, address or pair whose attempts are held back now, for the administrators' page. */
    public record HeldBack(String kind, String who, int failures, Instant until) {
    }

    /** @return how long an attempt for this account from this address must wait, if it must */
    public Optional<Duration> waitFor(String email, String address, Instant now) {
        return keys(email, address).stream()
                .flatMap(k -> Optional.ofNullable(failures.get(k)).flatMap(f -> f.remaining(now, k.limit())).stream())
                .max(Comparator.naturalOrder());
    }

    /** Counts a failed sign-in, and logs each one that makes further attempts wait. */
    public void failed(String email, String address, Instant now) {
        if (failures.size() > SWEEP_ABOVE) {
            failures.entrySet().removeIf(e -> e.getValue().isForgotten(now, e.getKey().limit()));
        }
        for (Key key : keys(email, address)) {
            Failures after = failures.merge(key, Failures.first(now),
                    (before, one) -> before.andOneMore(now, key.limit()));
            Duration delay = after.delay(key.limit());
            if (delay.isPositive()) {
                LOG.warning(() -> "Sign-in held back for " + delay.toSeconds() + " s after " + after.count()
                        + " failures for " + key.limit().kind() + " " + key.who());
            }
        }
    }

    /** Clears the account's counts after a successful sign-in; the address keeps its count over all accounts. */
    public void succeeded(String email, String address) {
        account(email).ifPresent(account -> {
            failures.remove(new Key(ACCOUNT, account));
            failures.remove(new Key(PAIR, account + " (" + address + ")"));
        });
    }

    /** @return the accounts, addresses and pairs whose attempts wait now, longest wait first */
    public List<HeldBack> heldBack(Instant now) {
        return failures.entrySet().stream()
                .filter(e -> e.getValue().remaining(now, e.getKey().limit()).isPresent())
                .map(e -> new HeldBack(e.getKey().limit().kind(), e.getKey().who(), e.getValue().count(),
                        e.getValue().last().plus(e.getValue().delay(e.getKey().limit()))))
                .sorted(Comparator.comparing(HeldBack::until).reversed())
                .toList();
    }

    private static List<Key> keys(String email, String address) {
        List<Key> keys = new ArrayList<>(3);
        keys.add(new Key(ADDRESS, address));
        account(email).ifPresent(account -> {
            keys.add(new Key(ACCOUNT, account));
            keys.add(new Key(PAIR, account + " (" + address + ")"));
        });
        return keys;
    }

    // an address that is no e-mail address names no account; its failures count for the client address only
    private static Optional<String> account(String email) {
        return EmailAddress.normalise(email);
    }
}
