package org.agora.documents;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.config.AgoraConfig;
import org.agora.documents.DocumentViews.Details;
import org.agora.documents.DocumentViews.DocumentView;
import org.agora.documents.DocumentViews.Download;
import org.agora.documents.DocumentViews.FolderView;
import org.agora.documents.DocumentViews.Library;
import org.agora.documents.DocumentViews.VersionView;
import org.agora.documents.model.Document;
import org.agora.documents.model.DocumentVersion;
import org.agora.documents.model.Folder;
import org.agora.edits.EditConflictException;
import org.agora.edits.SeenVersion;
import org.agora.edits.SeenVersion.Outcome;
import org.agora.feed.PostService;
import org.agora.files.FileStore;
import org.agora.people.model.Person;
import org.agora.spaces.SpaceService;
import org.agora.spaces.SpaceView;
import org.agora.spaces.model.Access;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * The document library of each space. Every read, download included, checks the reader's rights again, so a link
 * copied out of a private space does not open for someone outside it.
 */
@Stateless
public class DocumentService {

    private static final String TYPE = "[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,60}/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,60}";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Event<DocumentChanged> searchable;

    @EJB
    SpaceService spaces;

    @EJB
    PostService posts;

    @Inject
    FileStore files;

    @Inject
    AgoraConfig config;

    /** @return a folder of the library (null for the top) as the viewer may see it */
    public Library library(String slug, Long folderId, long viewerId) {
        SpaceView space = readable(slug, viewerId);
        Folder folder = folderId == null ? null : folder(space, folderId);
        var folderQuery = em.createQuery(folderId == null
                ? "SELECT f FROM Folder f WHERE f.spaceId = :space AND f.parentId IS NULL ORDER BY f.name"
                : "SELECT f FROM Folder f WHERE f.spaceId = :space AND f.parentId = :in ORDER BY f.name", Folder.class)
                .setParameter("space", space.id());
        var documentQuery = em.createQuery(folderId == null
                ? "SELECT d FROM Document d WHERE d.spaceId = :space AND d.folderId IS NULL ORDER BY d.name"
                : "SELECT d FROM Document d WHERE d.spaceId = :space AND d.folderId = :in ORDER BY d.name",
                Document.class)
                .setParameter("space", space.id());
        if (folderId != null) {
            folderQuery.setParameter("in", folderId);
            documentQuery.setParameter("in", folderId);
        }
        List<FolderView> folders = folderQuery.getResultStream().map(DocumentService::view).toList();
        List<Document> docs = documentQuery.getResultList();
        return new Library(space, folder == null ? null : view(folder), path(folder), folders,
                documentViews(docs, space.access(), viewerId), allFolders(space.id()));
    }

    /** @return a document with all its versions */
    public Details details(String slug, long documentId, long viewerId) {
        SpaceView space = readable(slug, viewerId);
        Document doc = document(space, documentId);
        Map<Long, String> names = names(doc.getVersions().stream().map(DocumentVersion::getUploadedBy)
                .collect(Collectors.toSet()));
        List<VersionView> versions = doc.getVersions().stream()
                .map(v -> new VersionView(v.getNumber(), v.getFile().name(), v.getFile().size(),
                        names.getOrDefault(v.getUploadedBy(), "former employee"), v.getUploadedAt()))
                .toList();
        return new Details(space, documentViews(List.of(doc), space.access(), viewerId).get(0), versions,
                allFolders(space.id()), doc.getVersion());
    }

    /** @return the file of a version (0 for the current one), if the viewer may read the space now */
    public Download download(String slug, long documentId, int number, long viewerId) {
        SpaceView space = readable(slug, viewerId);
        Document doc = document(space, documentId);
        DocumentVersion v = number == 0 ? doc.current() : doc.getVersions().stream()
                .filter(x -> x.getNumber() == number).findFirst()
                .orElseThrow(() -> new UnknownItemException("error.document.version.unknown"));
        return new Download(v.getFile().name(), v.getFile().contentType(), v.getFile().size(), v.getFile().hash());
    }

    /**
     * Uploads a new document; the space's feed announces it, in the uploader's words.
     *
     * @param language the language the uploader reads Agora in
     * @return the new document's id
     */
    public long upload(String slug, Long folderId, String fileName, String contentType, InputStream content,
                       long uploaderId, Locale language) {
        SpaceView space = writable(slug, uploaderId);
        if (folderId != null) {
            folder(space, folderId);
        }
        FileStore.Stored stored = files.store(content, config.uploadMaxBytes());
        Instant now = Instant.now();
        Document doc = new Document(space.id(), folderId, org.agora.documents.model.Names.ofUpload(fileName),
                uploaderId, now);
        doc.addVersion(stored.hash(), stored.size(), type(contentType), fileName, uploaderId, now);
        em.persist(doc);
        em.flush();
        searchable.fire(new DocumentChanged(doc.getId()));
        String link = "[" + escape(doc.getName()) + "](/spaces/" + space.slug() + "/documents/" + doc.getId() + ")";
        posts.publish(uploaderId, space.id(), new MessageFormat(ResourceBundle.getBundle(
                "org.agora.documents.announcements", language, DocumentService.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("shared"), language).format(new Object[] {link}));
        return doc.getId();
    }

    /** Uploads a new version of a document; the older versions stay available. */
    public void addVersion(String slug, long documentId, String fileName, String contentType, InputStream content,
                           long uploaderId) {
        addVersion(slug, documentId, fileName, contentType, content, uploaderId, SeenVersion.unknown());
    }

    /**
     * Uploads a new version of a document on top of the one the uploader saw; the older versions stay available.
     *
     * @param seen the document's version when the uploader read it
     * @throws EditConflictException if the document changed since: the uploader has not seen the current version
     */
    public void addVersion(String slug, long documentId, String fileName, String contentType, InputStream content,
                           long uploaderId, SeenVersion seen) {
        SpaceView space = writable(slug, uploaderId);
        Document doc = document(space, documentId);
        FileStore.Stored stored = files.store(content, config.uploadMaxBytes());
        if (seen.check(doc.getVersion(), doc.currentlyHolds(stored.hash())) == Outcome.STORE) {
            doc.addVersion(stored.hash(), stored.size(), type(contentType), fileName, uploaderId, Instant.now());
            em.flush();
            searchable.fire(new DocumentChanged(documentId));
        }
    }

    public void rename(String slug, long documentId, String name, long personId) {
        rename(slug, documentId, name, personId, SeenVersion.unknown());
    }

    /**
     * @param seen the document's version when the renamer read it
     * @throws EditConflictException if the document changed since; nothing is stored then
     */
    public void rename(String slug, long documentId, String name, long personId, SeenVersion seen) {
        SpaceView space = writable(slug, personId);
        Document doc = changeable(space, document(space, documentId), personId);
        if (seen.check(doc.getVersion(), doc.isNamed(name)) == Outcome.STORE) {
            doc.rename(name, Instant.now());
            em.flush();
            searchable.fire(new DocumentChanged(documentId));
        }
    }

    /** Moves a document into a folder of the same space, or to the top with {@code folderId} null. */
    public void move(String slug, long documentId, Long folderId, long personId) {
        SpaceView space = writable(slug, personId);
        Document doc = changeable(space, document(space, documentId), personId);
        if (folderId != null) {
            folder(space, folderId);
        }
        doc.moveTo(folderId, Instant.now());
    }

    public void delete(String slug, long documentId, long personId) {
        SpaceView space = writable(slug, personId);
        em.remove(changeable(space, document(space, documentId), personId));
        searchable.fire(new DocumentChanged(documentId));
    }

    /** @return the new folder's id */
    public long createFolder(String slug, Long parentId, String name, long personId) {
        SpaceView space = writable(slug, personId);
        if (parentId != null) {
            folder(space, parentId);
        }
        Folder folder = new Folder(space.id(), parentId, name, personId, Instant.now());
        em.persist(folder);
        em.flush();
        return folder.getId();
    }

    /** Deletes an empty folder; the owner of the space or its moderators only. */
    public void deleteFolder(String slug, long folderId, long personId) {
        SpaceView space = writable(slug, personId);
        if (!space.access().canManage()) {
            throw new AccessDeniedException("error.folder.delete");
        }
        Folder folder = folder(space, folderId);
        long content = em.createQuery("SELECT COUNT(d) FROM Document d WHERE d.folderId = :f", Long.class)
                .setParameter("f", folderId).getSingleResult()
                + em.createQuery("SELECT COUNT(f) FROM Folder f WHERE f.parentId = :f", Long.class)
                .setParameter("f", folderId).getSingleResult();
        if (content > 0) {
            throw new InvalidInputException("folder", "error.folder.notEmpty");
        }
        em.remove(folder);
    }

    private SpaceView readable(String slug, long viewerId) {
        SpaceView space = spaces.find(slug, viewerId);
        if (!space.access().canRead()) {
            // a private space's files do not exist for outsiders, like its posts
            throw new UnknownItemException("error.document.unknown");
        }
        return space;
    }

    private SpaceView writable(String slug, long personId) {
        SpaceView space = readable(slug, personId);
        if (!space.access().canWrite()) {
            throw new AccessDeniedException(space.archived() ? "error.space.archived" : "error.document.write");
        }
        return space;
    }

    private Document changeable(SpaceView space, Document doc, long personId) {
        if (doc.getCreatedBy() != personId && !space.access().canManage()) {
            throw new AccessDeniedException("error.document.change");
        }
        return doc;
    }

    private Document document(SpaceView space, long id) {
        Document doc = em.find(Document.class, id);
        if (doc == null || doc.getSpaceId() != space.id()) {
            throw new UnknownItemException("error.document.unknown");
        }
        return doc;
    }

    private Folder folder(SpaceView space, long id) {
        Folder folder = em.find(Folder.class, id);
        if (folder == null || folder.getSpaceId() != space.id()) {
            throw new UnknownItemException("error.folder.unknown");
        }
        return folder;
    }

    private List<FolderView> path(Folder folder) {
        List<FolderView> path = new ArrayList<>();
        for (Folder f = folder; f != null; f = f.getParentId() == null ? null : em.find(Folder.class, f.getParentId())) {
            path.add(view(f));
        }
        Collections.reverse(path);
        return path;
    }

    private List<FolderView> allFolders(long spaceId) {
        return em.createQuery("SELECT f FROM Folder f WHERE f.spaceId = :space ORDER BY f.name", Folder.class)
                .setParameter("space", spaceId).getResultStream().map(DocumentService::view).toList();
    }

    private List<DocumentView> documentViews(List<Document> docs, Access access, long viewerId) {
        Map<Long, String> names = names(docs.stream().map(d -> d.current().getUploadedBy())
                .collect(Collectors.toSet()));
        return docs.stream().map(d -> {
            DocumentVersion v = d.current();
            return new DocumentView(d.getId(), d.getName(), d.getFolderId(), v.getNumber(), v.getFile().size(),
                    v.getFile().contentType(), names.getOrDefault(v.getUploadedBy(), "former employee"),
                    v.getUploadedAt(), access.canWrite() && (d.getCreatedBy() == viewerId || access.canManage()));
        }).toList();
    }

    private Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class).setParameter("ids", ids)
                    .getResultStream().forEach(p -> names.put(p.getId(), p.getName()));
        }
        return names;
    }

    private static FolderView view(Folder f) {
        return new FolderView(f.getId(), f.getName());
    }

    private static String type(String declared) {
        return declared != null && declared.matches(TYPE) ? declared.toLowerCase() : "application/octet-stream";
    }

    private static String escape(String markdown) {
        return markdown.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "\\\\$1");
    }
}
