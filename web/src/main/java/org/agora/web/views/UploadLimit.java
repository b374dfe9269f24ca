package org.agora.web.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.agora.config.AgoraConfig;

/** The largest file a person may upload ({@code uploadLimit} in templates), for the hints next to file inputs. */
@Named("uploadLimit")
@ApplicationScoped
public class UploadLimit {

    @Inject
    AgoraConfig config;

    /** @return the limit in megabytes */
    public long megabytes() {
        return config.uploadMaxMegabytes();
    }
}
