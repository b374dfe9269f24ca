package org.agora.notify.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agora.people.model.Person;

/**
 * Notifications of one kind about one item, shown as one line: "Alice and 4 others reacted to your post". A plugin's
 * notification, or one about no post, stands alone.
 *
 * @param members the notifications of the group, newest first
 */
public record NotificationGroup(List<Notification> members) {

    /**
     * @param newestFirst a person's notifications, newest first
     * @return their groups, the group with the newest notification first
     */
    public static List<NotificationGroup> of(List<Notification> newestFirst) {
        Map<Object, List<Notification>> groups = new LinkedHashMap<>();
        for (Notification n : newestFirst) {
            groups.computeIfAbsent(key(n), k -> new ArrayList<>()).add(n);
        }
        return groups.values().stream().map(NotificationGroup::new).toList();
    }

    /** @return what makes two notifications one line: their kind and post, or the notification itself */
    static Object key(Notification n) {
        if (n.isFromPlugin() || n.getPostId() == null) {
            return n;
        }
        return List.of(n.getKind(), n.getPostId());
    }

    /** @return the newest notification, which stands for the group (its id, link and time) */
    public Notification newest() {
        return members.getFirst();
    }

    /** @return true if any notification of the group is unread */
    public boolean isUnread() {
        return members.stream().anyMatch(n -> !n.isRead());
    }

    /** @return the different people who acted, the latest first */
    public List<Person> actors() {
        Map<Object, Person> actors = new LinkedHashMap<>();
        members.stream().map(Notification::getActor).filter(Objects::nonNull)
                .forEach(p -> actors.putIfAbsent(p.getId() == null ? p : p.getId(), p));
        return List.copyOf(actors.values());
    }
}
