package org.agora.skills;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;

/**
 * Keeps one {@link SkillIndex} per installed plugin and in step with the records. Every change moves the store's
 * stamp on: when the index was at the stamp just before, only the part the change touched is reloaded; when
 * something else changed meanwhile (another server of a cluster, an erasure), the index is built again, which
 * compares the stamp first.
 *
 * <p>A page has a few seconds, and reading a large directory takes longer, so a large index is only built by the
 * background {@link IndexRefresh}: meanwhile pages read the index they have (at most a minute behind), or, before
 * there is one, say that the directory is being prepared. The same task reads the directory cards again once they
 * are {@link #CARDS_FRESH} old.
 */
final class Directory {

    /** Above this many declarations, pages leave building the index to the background task. */
    static final long LARGE = 20_000;

    /**
     * How long a directory card is used before the background task reads it again: a change of department or
     * location in Agora does not touch the plugin's records, so only time brings it in.
     */
    static final Duration CARDS_FRESH = Duration.ofMinutes(5);

    /** How long a page waits for another page's build of a small index before it says the index is being prepared. */
    static final Duration PAGE_WAIT = Duration.ofSeconds(5);

    /** At most this many directory cards are read by a page that builds the index; the background task reads more. */
    static final int PAGE_CARDS = 500;

    private static final Map<String, Holder> HOLDERS = new ConcurrentHashMap<>();

    private static final class Holder {
        final ReentrantLock lock = new ReentrantLock();
        volatile SkillIndex index;
        volatile SkillStore.Stamp stamp;
        volatile boolean large;
    }

    private Directory() {
    }

    /**
     * @return the index as of the records now, for a page
     * @throws Refused while a large directory's first index is being built
     */
    static SkillIndex index(PluginContext context) {
        return index(context, false);
    }

    /**
     * @return the index as of the records now, built whatever it takes, with the directory cards read more than
     *         {@link #CARDS_FRESH} ago read again: for the background task
     */
    static SkillIndex build(PluginContext context) {
        SkillIndex index = index(context, true);
        Instant now = context.clock().instant();
        index.refreshCards(context.people(), now.minus(CARDS_FRESH), now);
        return index;
    }

    private static SkillIndex index(PluginContext context, boolean background) {
        Holder holder = HOLDERS.computeIfAbsent(context.pluginId(), id -> new Holder());
        SkillStore store = new SkillStore(context.records());
        SkillStore.Stamp seen = store.stamp();
        SkillIndex current = sameStore(holder, seen) ? holder.index : null;
        if (current != null && (seen.equals(holder.stamp) || holder.large && !background)) {
            return current;
        }
        if (background) {
            holder.lock.lock();
        } else if (!pageMayBuild(holder)) {
            return orPreparing(current); // being built in the background
        }
        try {
            SkillStore.Stamp now = store.stamp();
            if (holder.index != null && now.equals(holder.stamp)) {
                return holder.index;
            }
            if (!background && store.records().count(RecordQuery.in(Declaration.COLLECTION)) > LARGE) {
                return orPreparing(current);
            }
            SkillIndex built = SkillIndex.build(store, context.people(), context.clock().instant(),
                    background ? Integer.MAX_VALUE : PAGE_CARDS);
            holder.index = built;
            holder.stamp = now;
            holder.large = built.size() > LARGE;
            return built;
        } finally {
            holder.lock.unlock();
        }
    }

    /**
     * Takes the lock for a page. A small index is built in moments, so a page waits for the request or the change
     * that holds it; a large one's build is the background task's, which a page does not wait for.
     */
    private static boolean pageMayBuild(Holder holder) {
        if (holder.large) {
            return holder.lock.tryLock();
        }
        try {
            return holder.lock.tryLock(PAGE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @return true if the holder's index was built from this installation's records (not a purged one's) */
    private static boolean sameStore(Holder holder, SkillStore.Stamp stamp) {
        return holder.index != null && holder.stamp != null && holder.stamp.token().equals(stamp.token());
    }

    private static SkillIndex orPreparing(SkillIndex current) {
        if (current == null) {
            throw new Refused(409, "error.preparing");
        }
        return current;
    }

    /** Records that a person's skills or details changed (their own change, or an endorsement they received). */
    static void personChanged(PluginContext context, long person) {
        changed(context, person);
    }

    /** Records that the taxonomy changed. */
    static void taxonomyChanged(PluginContext context) {
        changed(context, null);
    }

    /**
     * Records a change too wide to follow, such as an erasure or the demo's records: the index is built again. A
     * large index, rebuilt in the background, takes the people named at once so that nothing erased shows meanwhile.
     */
    static void invalidate(PluginContext context, Collection<Long> people) {
        Holder holder = HOLDERS.computeIfAbsent(context.pluginId(), id -> new Holder());
        SkillStore store = new SkillStore(context.records());
        store.advance();
        SkillIndex index = holder.index;
        if (!holder.large || index == null) {
            holder.index = null;
            return;
        }
        Instant now = context.clock().instant();
        people.forEach(person -> index.refreshPerson(store, context.people(), person, now));
    }

    private static void changed(PluginContext context, Long person) {
        Holder holder = HOLDERS.computeIfAbsent(context.pluginId(), id -> new Holder());
        SkillStore store = new SkillStore(context.records());
        boolean locked = false;
        try {
            locked = holder.lock.tryLock(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            SkillStore.Stamp before = holder.stamp;
            SkillStore.Stamp now = store.advance();
            SkillIndex index = holder.index;
            if (!locked || index == null || before == null || !before.token().equals(now.token())) {
                return; // the next build reads the change
            }
            boolean inStep = before.revision() + 1 == now.revision();
            if (!inStep && !holder.large) {
                holder.index = null;
                return;
            }
            // a large index takes the change now and is rebuilt in the background for what it missed
            if (person == null) {
                index.refreshTaxonomy(store);
            } else {
                index.refreshPerson(store, context.people(), person, context.clock().instant());
            }
            if (inStep) {
                holder.stamp = now;
            }
        } finally {
            if (locked) {
                holder.lock.unlock();
            }
        }
    }
}
