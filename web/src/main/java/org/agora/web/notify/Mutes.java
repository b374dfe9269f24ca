package org.agora.web.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.agora.notify.MuteService;
import org.agora.notify.model.Mute.Target;
import org.agora.web.security.CurrentUser;

/** Whether the signed-in person has muted a post or a space ({@code mutes} in templates), for the mute buttons. */
@Named("mutes")
@RequestScoped
public class Mutes {

    @Inject
    MuteService mutes;

    @Inject
    CurrentUser current;

    public boolean post(long postId) {
        return current.person().map(p -> mutes.isMuted(p.id(), Target.POST, postId)).orElse(false);
    }

    public boolean space(long spaceId) {
        return current.person().map(p -> mutes.isMuted(p.id(), Target.SPACE, spaceId)).orElse(false);
    }
}
