package org.agora.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Keeps an answer for the rest of the current request, and only for it: the next request asks the database again,
 * so that a member removed from a private space stops seeing it from their next page on. Outside a request (batch
 * jobs, timers, background work) nothing is kept.
 */
@ApplicationScoped
public class PerRequest {

    @Inject
    RequestMemo memo;

    @Inject
    BeanManager beans;

    /** A question asked about one thing, such as ("readable spaces", reader id). */
    public record Key(String question, long id) {
    }

    /** @return the answer given earlier in this request, or the supplier's answer, kept from now on */
    public <T> T remember(Key key, Supplier<T> answer) {
        return active() ? memo.remember(key, answer) : answer.get();
    }

    /** Forgets every answer kept in this request: for the services that change what they answered. */
    public void forget() {
        if (active()) {
            memo.forget();
        }
    }

    /** Forgets one answer kept in this request: for a service that changed what it answered. */
    public void forget(Key key) {
        if (active()) {
            memo.forget(key);
        }
    }

    private boolean active() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
