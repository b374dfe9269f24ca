package org.agora.search.sources;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The text inside a document file (PDF, Word, Excel, PowerPoint, OpenDocument, plain text and whatever else Apache
 * Tika's standard parsers read), so that search finds documents by what they say.
 */
public final class TextExtraction {

    /** enough for the words that matter; the rest of a very long file only slows indexing */
    public static final int MAX_CHARS = 200_000;
    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());
    private static final Tika TIKA = tika();

    private TextExtraction() {
    }

    private static Tika tika() {
        Tika tika = new Tika();
        tika.setMaxStringLength(MAX_CHARS);
        return tika;
    }

    /**
     * @return the file's text, or an empty text if Tika cannot read it; a document whose text cannot be read is still
     *         found by its name
     */
    public static String text(InputStream content, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = content) {
            return TIKA.parseToString(in, metadata).strip();
        } catch (IOException | TikaException | RuntimeException e) {
            LOG.log(Level.INFO, "No text could be read from " + fileName, e);
            return "";
        }
    }
}
