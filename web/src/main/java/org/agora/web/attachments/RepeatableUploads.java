package org.agora.web.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.attachments.Upload;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.commons.io.input.TeeInputStream;

/**
 * The files of a form, which a service call run again (see {@link org.agora.database.Retries}) can read again:
 * what a reading takes from a file sent is copied aside as it goes, and the next reading reads that copy, then the
 * rest of the file sent. Nothing is copied that no reading asked for, so a file refused at its size limit is not
 * copied whole. The copies are deleted on {@link #close()}.
 */
public final class RepeatableUploads implements AutoCloseable {

    private final List<Kept> files;
    private final List<InputStream> opened = new ArrayList<>();

    private RepeatableUploads(List<Kept> files) {
        this.files = files;
    }

    /** A file sent, with what readings took of it so far. */
    private record Kept(Upload sent, Path copy, OutputStream copying) {
    }

    /** @return the uploads, readable again */
    public static RepeatableUploads of(List<Upload> uploads) {
        List<Kept> kept = new ArrayList<>();
        RepeatableUploads all = new RepeatableUploads(kept);
        try {
            for (Upload u : uploads) {
                Path copy = Files.createTempFile("agora-upload-", ".part");
                kept.add(new Kept(u, copy, Files.newOutputStream(copy)));
            }
            return all;
        } catch (IOException e) {
            all.close();
            throw new UncheckedIOException(e);
        }
    }

    /** @return the uploads, each read from its start: what earlier readings took, then the rest */
    public List<Upload> open() {
        List<Upload> uploads = new ArrayList<>();
        try {
            for (Kept k : files) {
                k.copying().flush();
                // a reading that closes its stream leaves the file sent open for the next
                InputStream rest = new TeeInputStream(CloseShieldInputStream.wrap(k.sent().content()), k.copying());
                InputStream whole = new SequenceInputStream(Files.newInputStream(k.copy()), rest);
                opened.add(whole);
                uploads.add(new Upload(k.sent().fileName(), k.sent().declaredType(), whole));
            }
            return uploads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (InputStream in : opened) {
            try {
                in.close();
            } catch (IOException e) {
                // nothing more will be read from it
            }
        }
        for (Kept k : files) {
            try {
                k.sent().content().close();
                k.copying().close();
                Files.deleteIfExists(k.copy());
            } catch (IOException e) {
                // a temporary file left behind is removed with the server's temporary folder
            }
        }
    }
}
