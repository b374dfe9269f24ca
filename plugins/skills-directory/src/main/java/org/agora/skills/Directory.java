package org.agora.skills;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.plugins.api.PluginContext;

/**
 * Keeps one {@link SkillIndex} per installed plugin and in step with the records. Every change moves the store's
 * stamp on: when the index was at the stamp just before, only the part the change touched is reloaded; when
 * something else changed meanwhile (another server of a cluster, an erasure), the index is built again on the next
 * read, which compares the stamp first.
 */
final class Directory {

    private static final Map<String, Holder> HOLDERS = new ConcurrentHashMap<>();

    private static final class Holder {
        SkillIndex index;
        SkillStore.Stamp stamp;
    }

    private Directory() {
    }

    /** @return the index as of the records now */
    static SkillIndex index(PluginContext context) {
        Holder holder = HOLDERS.computeIfAbsent(context.pluginId(), id -> new Holder());
        SkillStore store = new SkillStore(context.records());
        synchronized (holder) {
            SkillStore.Stamp now = store.stamp();
            if (holder.index == null || !now.equals(holder.stamp)) {
                holder.index = SkillIndex.build(store);
                holder.stamp = now;
            }
            return holder.index;
        }
    }

    /** Records that a person's skills or details changed (their own change, or an endorsement they received). */
    static void personChanged(PluginContext context, long person) {
        changed(context, person);
    }

    /** Records that the taxonomy changed. */
    static void taxonomyChanged(PluginContext context) {
        changed(context, null);
    }

    /** Records a change too wide to follow, such as an erasure: the next read builds the index again. */
    static void invalidate(PluginContext context) {
        Holder holder = HOLDERS.computeIfAbsent(context.pluginId(), id -> new Holder());
        synchronized (holder) {
            new SkillStore(context.records()).advance();
            holder.index = null;
        }
    }

    private static void changed(PluginContext context, Long person) {
        Holder holder = HOLDERS.computeIfAbsent(context.pluginId(), id -> new Holder());
        SkillStore store = new SkillStore(context.records());
        synchronized (holder) {
            SkillStore.Stamp before = holder.stamp;
            SkillStore.Stamp now = store.advance();
            boolean inStep = holder.index != null && before != null && before.token().equals(now.token())
                    && before.revision() + 1 == now.revision();
            if (!inStep) {
                holder.index = null;
                return;
            }
            if (person == null) {
                holder.index.refreshTaxonomy(store);
            } else {
                holder.index.refreshPerson(store, person);
            }
            holder.stamp = now;
        }
    }
}
