package org.agora.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.agora.people.AccountService;

/** Checks e-mail and password against the accounts in Agora's database. */
@ApplicationScoped
public class AgoraIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.signIn(credential.getCaller(), credential.getPasswordAsString())
                .map(p -> new CredentialValidationResult(p.email(), p.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
