package org.agora.demo;

import static org.agora.demo.DemoCompanyData.ENGINEERING;
import static org.agora.demo.DemoCompanyData.LEADERSHIP;
import static org.agora.demo.DemoCompanyData.MARKETING;

import java.time.LocalTime;
import java.util.List;

/** The documents of the demo spaces' libraries: small Markdown, text and CSV files in folders. */
public final class DemoLibrary {

    /**
     * A document and its later versions.
     *
     * @param folder the folder path, such as {@code Architecture/Search}, or empty for the top of the library
     */
    public record DemoDocument(String space, String folder, String fileName, String author, int daysAgo,
                               LocalTime time, String text, List<DemoVersion> laterVersions) {

        /** @return the media type its name says */
        public String contentType() {
            return typeOf(fileName);
        }
    }

    /** A later version of a document. */
    public record DemoVersion(String author, int daysAgo, LocalTime time, String fileName, String text) {

        public String contentType() {
            return typeOf(fileName);
        }
    }

    private DemoLibrary() {
    }

    /** @return the documents, each folder created before its first document */
    public static List<DemoDocument> documents() {
        return List.of(
                doc(ENGINEERING, "Architecture", "architecture-overview.md", "camille.martin", 34, "10:00", """
                        # Lumen platform: architecture overview
                        The customer portal is a Java application on Kubernetes, with PostgreSQL and a search index.
                        Releases go out every two weeks after an architecture review.""",
                        version("lucas.bernard", 12, "10:30", "architecture-overview.md", """
                                # Lumen platform: architecture overview
                                The customer portal is a Java application on Kubernetes, with PostgreSQL and a
                                search index built with Apache Lucene (French and English analysis).
                                Releases go out every two weeks after an architecture review.
                                ## Changes in this version
                                - the search index is updated through an outbox
                                - staging runs on Kubernetes 1.33""")),
                doc(ENGINEERING, "Architecture/Search", "search-index-design.md", "lucas.bernard", 13, "16:00", """
                        # Search index design
                        One index for posts, comments, people and documents. French text is analysed with the
                        light French stemmer and elision, so that "l'équipe" finds "équipe".
                        Agenda of the review: analysers, facets, latency on staging."""),
                doc(ENGINEERING, "Architecture", "audit-accessibilite.md", "noah.petit", 21, "12:00", """
                        # Audit d'accessibilité du portail client
                        Critères vérifiés : contrastes, navigation au clavier, libellés des formulaires,
                        annonces des erreurs aux lecteurs d'écran. 14 corrections, toutes livrées."""),
                doc(ENGINEERING, "Runbooks", "deploying-to-staging.md", "amara.diallo", 28, "16:00", """
                        # Deploying to staging
                        1. Merge to main; the pipeline builds the image.
                        2. Run `kubectl rollout status deploy/portal -n staging`.
                        3. Check the health page, then announce the deploy in the Engineering space."""),
                doc(ENGINEERING, "Runbooks", "staging-outage-postmortem.md", "amara.diallo", 9, "17:00", """
                        # Post-mortem: staging outage
                        Cause: the log volume was full. Impact: staging down for 40 minutes.
                        Actions: alert at 80% disk usage, rotate logs daily."""),
                doc(ENGINEERING, "", "release-checklist.txt", "camille.martin", 18, "09:30", """
                        Release checklist
                        - architecture review done
                        - accessibility checks passed
                        - release notes in English and French
                        - customer success told two days before"""),
                doc(MARKETING, "Brand", "brand-guidelines-2026.md", "emma.simon", 30, "11:00", """
                        # Brand guidelines 2026
                        Use the 2026 logo files only. Colours: Lumen blue and warm white.
                        Tone of voice: clear, warm, never jargon."""),
                doc(MARKETING, "Campaigns", "autumn-campaign-brief.md", "emma.simon", 27, "09:00", """
                        # Autumn campaign brief
                        Goal: 300 qualified leads in Europe. Channels: newsletter, LinkedIn, customer videos.
                        Headline to be chosen by vote in this space."""),
                doc(MARKETING, "Campaigns", "resultats-campagne-automne.csv", "adam.leroy", 5, "09:30", """
                        canal,envois,ouvertures,clics
                        newsletter,12000,4920,840
                        linkedin,,,610
                        vidéos clients,,,1250"""),
                doc(LEADERSHIP, "Budget", "budget-draft.csv", "manon.bonnet", 18, "08:30", """
                        department,headcount,budget_keur
                        Engineering,5,820
                        Sales,5,610
                        Marketing,5,540""",
                        version("manon.bonnet", 15, "18:00", "budget-draft.csv", """
                                department,headcount,budget_keur,hiring
                                Engineering,7,1010,2 backend engineers
                                Sales,5,610,
                                Marketing,5,540,""")));
    }

    private static DemoDocument doc(String space, String folder, String fileName, String author, int daysAgo,
                                    String time, String text, DemoVersion... later) {
        return new DemoDocument(space, folder, fileName, author, daysAgo, LocalTime.parse(time), text + "\n",
                List.of(later));
    }

    private static DemoVersion version(String author, int daysAgo, String time, String fileName, String text) {
        return new DemoVersion(author, daysAgo, LocalTime.parse(time), fileName, text + "\n");
    }

    private static String typeOf(String fileName) {
        if (fileName.endsWith(".md")) {
            return "text/markdown";
        }
        return fileName.endsWith(".csv") ? "text/csv" : "text/plain";
    }
}
