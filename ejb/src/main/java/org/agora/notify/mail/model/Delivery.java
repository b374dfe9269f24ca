package org.agora.notify.mail.model;

import org.agora.notify.model.Notification.Kind;

/** How a person hears of a kind of notification by mail. */
public enum Delivery {
    INSTANT,
    DAILY,
    WEEKLY,
    OFF;

    /** @return the delivery of a kind nobody chose for: mentions at once, the rest in the daily digest */
    public static Delivery byDefault(Kind kind) {
        return kind == Kind.MENTION || kind == Kind.CHAT_MENTION || kind == Kind.CALL ? INSTANT : DAILY;
    }

    /** @return the delivery named so, or null for an unknown name */
    public static Delivery parse(String name) {
        for (Delivery d : values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
