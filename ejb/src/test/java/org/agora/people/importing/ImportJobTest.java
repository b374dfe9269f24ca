package org.agora.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.agora.database.LostRaceException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The import job as the batch runtime reads it: a chunk that lost a race is run again. */
class ImportJobTest {

    @Test
    void everyChunkRunsAgainWhenItsWriterLostARace() throws Exception {
        Document job;
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/batch-jobs/employee-import.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            job = factory.newDocumentBuilder().parse(xml);
        }
        NodeList chunks = job.getElementsByTagNameNS("*", "chunk");
        assertThat(chunks.getLength()).isEqualTo(2);
        for (int i = 0; i < chunks.getLength(); i++) {
            Element chunk = (Element) chunks.item(i);
            assertThat(Integer.parseInt(chunk.getAttribute("retry-limit"))).isPositive();
            Element retryable = (Element) chunk.getElementsByTagNameNS("*", "retryable-exception-classes").item(0);
            Element include = (Element) retryable.getElementsByTagNameNS("*", "include").item(0);
            assertThat(Class.forName(include.getAttribute("class"))).isEqualTo(LostRaceException.class);
        }
    }
}
