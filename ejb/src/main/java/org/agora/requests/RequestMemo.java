package org.agora.requests;

import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The answers kept during one request; read through {@link PerRequest}, which works outside requests too. */
@RequestScoped
public class RequestMemo {

    private final Map<Object, Optional<?>> answers = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T remember(Object key, Supplier<T> answer) {
        Optional<?> kept = answers.get(key);
        if (kept == null) {
            // not computeIfAbsent: an answer may itself ask for another one
            kept = Optional.ofNullable(answer.get());
            answers.put(key, kept);
        }
        return (T) kept.orElse(null);
    }

    void forget() {
        answers.clear();
    }

    void forget(Object key) {
        answers.remove(key);
    }
}
