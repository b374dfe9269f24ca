package org.agora.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.agora.people.AccountService;
import org.agora.search.SearchService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the search index is open. */
@Readiness
@ApplicationScoped
public class AgoraReadiness implements HealthCheck {

    @Inject
    AccountService accounts;

    @Inject
    SearchService search;

    @Override
    public HealthCheckResponse call() {
        try {
            boolean setupPending = accounts.needsFirstAdmin();
            search.probe();
            return HealthCheckResponse.named("agora").up().withData("setupPending", setupPending).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("agora").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
