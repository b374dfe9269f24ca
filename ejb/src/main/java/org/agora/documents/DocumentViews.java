package org.agora.documents;

import java.time.Instant;
import java.util.List;
import org.agora.spaces.SpaceView;

/** What the web tier shows of a document library. */
public final class DocumentViews {

    private DocumentViews() {
    }

    /** A folder in a listing. */
    public record FolderView(long id, String name) {
    }

    /** A document in a listing, with its current version. */
    public record DocumentView(long id, String name, Long folderId, int version, long size, String contentType,
                               String updatedBy, Instant updatedAt, boolean canChange) {
    }

    /** One version of a document. */
    public record VersionView(int number, String fileName, long size, String uploadedBy, Instant uploadedAt) {
    }

    /**
     * One folder of a space's library: where it is, what it holds, and what the viewer may do.
     *
     * @param folder the folder shown, or null for the library's top
     * @param path   the folders from the top down to {@code folder}
     */
    public record Library(SpaceView space, FolderView folder, List<FolderView> path, List<FolderView> folders,
                          List<DocumentView> documents, List<FolderView> allFolders) {
    }

    /**
     * A document with all its versions, newest first.
     *
     * @param version the document's version when it was read, which the forms that change it send back
     */
    public record Details(SpaceView space, DocumentView document, List<VersionView> versions,
                          List<FolderView> allFolders, long version) {
    }

    /** A file to send: its name, type, size and where its bytes are. */
    public record Download(String fileName, String contentType, long size, String hash) {
    }
}
