package org.agora.plugins.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.agora.database.Retries;
import org.agora.plugins.api.UploadedFile;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentFile;
import org.agora.plugins.api.content.ContentItem;
import org.agora.plugins.api.content.ContentItems;
import org.agora.plugins.api.content.ContentRefusedException;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * The {@link ContentItems} a plugin sees: the host's content service, limited to the plugin's own items, with the
 * host's refusals turned into {@link ContentRefusedException}s that say why. A change that lost a race to another
 * transaction is run again, as a request's would be.
 */
public final class ScopedContentItems implements ContentItems {

    private final String pluginId;
    private final PluginContentService service;
    private final Retries retries;

    public ScopedContentItems(String pluginId, PluginContentService service, Retries retries) {
        this.pluginId = pluginId;
        this.service = service;
        this.retries = retries;
    }

    @Override
    public ContentItem publish(ContentDraft draft) {
        return refused(() -> service.publish(pluginId, draft));
    }

    @Override
    public ContentItem update(long id, ContentDraft draft) {
        return refused(() -> service.update(pluginId, id, draft));
    }

    @Override
    public ContentItem publishAnonymously(ContentDraft draft) {
        return refused(() -> service.publish(pluginId, draft, true));
    }

    @Override
    public ContentItem updateAnonymously(long id, ContentDraft draft) {
        return refused(() -> service.update(pluginId, id, draft, true));
    }

    @Override
    public void delete(long id) {
        service.delete(pluginId, id);
    }

    @Override
    public Optional<ContentItem> find(long id, Viewer viewer) {
        return service.find(pluginId, id, viewer.id());
    }

    @Override
    public ContentFile attach(long id, UploadedFile file, Viewer by) {
        return refused(() -> service.attach(pluginId, id, file, by.id()));
    }

    @Override
    public List<ContentFile> files(long id) {
        return service.files(pluginId, id);
    }

    @Override
    public void detach(long id, long fileId, Viewer by) {
        refused(() -> {
            service.detach(pluginId, id, fileId, by.id());
            return null;
        });
    }

    private <T> T refused(Supplier<T> work) {
        try {
            return retries.get(work);
        } catch (InvalidInputException e) {
            throw new ContentRefusedException(e.message(Locale.ENGLISH));
        } catch (AccessDeniedException | UnknownItemException e) {
            throw new ContentRefusedException(e.getMessage());
        }
    }
}
