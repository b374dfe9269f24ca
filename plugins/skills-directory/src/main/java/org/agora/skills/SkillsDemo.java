package org.agora.skills;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.DemoCompany;
import org.agora.plugins.api.DemoContent;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.Viewer;
import org.pf4j.Extension;

/**
 * The demo company's skills: a taxonomy with synonyms, a skill proposal waiting for review, and skills declared by
 * the employees of each department, with mentors, learners and endorsements, so that "find an
 * expert", mentoring and the matrix have something to show.
 */
@Extension
public class SkillsDemo implements DemoContent {

    private static final String[][] TAXONOMY = {
            {"Cloud & platform", "Kubernetes|k8s", "Terraform|tf", "Observability|monitoring", "Docker|containers"},
            {"Software", "Java|JVM", "Jakarta EE|Java EE|J2EE", "TypeScript|TS", "Apache Lucene|Lucene",
                    "Software architecture", "Application security|AppSec", "Accessibility|a11y"},
            {"Data", "PostgreSQL|Postgres|psql", "Financial modelling", "Excel|spreadsheets"},
            {"Business", "Negotiation|négociation", "Enterprise sales|B2B sales", "Public tenders|appels d'offres",
                    "Salesforce|SFDC", "Content strategy", "SEO|search engine optimisation"},
            {"People", "Recruiting|recrutement|hiring", "Labour law|droit du travail", "Public speaking",
                    "Team leadership|management", "Customer onboarding"},
    };

    /** handle, then skill:level[:learn][:teach]; departments and locations are the demo profiles' */
    private static final String[][] PEOPLE = {
            {"camille.martin", "Kubernetes:expert::teach", "Software architecture:reference::teach",
                    "Java:expert", "Team leadership:practitioner", "Public speaking:notions:learn"},
            {"lucas.bernard", "Apache Lucene:reference::teach", "Java:expert::teach",
                    "Jakarta EE:expert", "Kubernetes:notions:learn", "PostgreSQL:practitioner"},
            {"amara.diallo", "Kubernetes:reference::teach", "Terraform:expert::teach",
                    "Observability:expert", "PostgreSQL:expert", "Docker:expert"},
            {"noah.petit", "Accessibility:reference::teach", "TypeScript:expert",
                    "Kubernetes:notions:learn", "Public speaking:notions:learn"},
            {"ines.robert", "Application security:expert::teach", "Java:practitioner",
                    "Terraform:notions:learn"},
            {"hugo.richard", "Negotiation:reference::teach", "Enterprise sales:expert::teach",
                    "Team leadership:expert", "Public speaking:expert"},
            {"sofia.durand", "Salesforce:expert::teach", "Public tenders:practitioner",
                    "Negotiation:practitioner:learn"},
            {"mateo.dubois", "Public tenders:expert", "Negotiation:expert", "Excel:practitioner"},
            {"emma.simon", "Content strategy:expert::teach", "SEO:practitioner",
                    "Public speaking:practitioner", "Team leadership:practitioner:learn"},
            {"liam.michel", "SEO:expert::teach", "Content strategy:practitioner",
                    "Excel:notions:learn"},
            {"nathan.david", "Recruiting:reference::teach", "Labour law:expert",
                    "Public speaking:practitioner"},
            {"zoe.bertrand", "Recruiting:practitioner", "Labour law:notions:learn"},
            {"manon.bonnet", "Financial modelling:expert::teach", "Excel:reference::teach",
                    "Negotiation:notions:learn"},
            {"louis.dupont", "Excel:expert", "Financial modelling:practitioner:learn"},
            {"ethan.vincent", "Customer onboarding:expert::teach", "Salesforce:practitioner",
                    "Kubernetes:notions:learn"},
    };

    private static final String[][] ENDORSEMENTS = {
            {"amara.diallo", "Kubernetes", "camille.martin", "lucas.bernard", "ines.robert", "noah.petit"},
            {"camille.martin", "Kubernetes", "amara.diallo", "lucas.bernard"},
            {"lucas.bernard", "Apache Lucene", "camille.martin", "amara.diallo", "noah.petit"},
            {"noah.petit", "Accessibility", "camille.martin", "emma.simon"},
            {"hugo.richard", "Negotiation", "sofia.durand", "mateo.dubois", "manon.bonnet"},
            {"manon.bonnet", "Excel", "louis.dupont", "mateo.dubois"},
            {"nathan.david", "Recruiting", "camille.martin", "hugo.richard", "zoe.bertrand"},
    };

    /**
     * Writes the records directly, in as few calls as the store allows, since the host gives the seed the time limit
     * of a page; the data is fixed and follows the rules the pages apply.
     */
    @Override
    public void seed(DemoCompany company, PluginContext context) {
        RecordStore records = context.records();
        Instant now = context.clock().instant();
        List<Map<String, String>> categories = new ArrayList<>();
        for (String[] category : TAXONOMY) {
            categories.add(Map.of("name", category[0]));
        }
        records.createAll(Category.COLLECTION, categories);
        Map<String, Long> categoryIds = new HashMap<>();
        new SkillStore(records).categories().forEach(c -> categoryIds.put(c.name(), c.id()));
        List<Map<String, String>> skills = new ArrayList<>();
        for (String[] category : TAXONOMY) {
            for (int i = 1; i < category.length; i++) {
                List<String> names = List.of(category[i].split("\\|"));
                skills.add(new Skill(0, 0, names.get(0), categoryIds.get(category[0]), names.subList(1, names.size()),
                        Skill.ACTIVE, 0).fields());
            }
        }
        skills.add(new Skill(0, 0, "Figma", 0, List.of("figma design"), Skill.PROPOSED,
                company.person("noah.petit").id()).fields());
        records.createAll(Skill.COLLECTION, skills);
        Map<String, Long> skillIds = new HashMap<>();
        new SkillStore(records).skills().forEach(k -> skillIds.put(k.name(), k.id()));
        for (String[] row : ENDORSEMENTS) {
            for (int i = 2; i < row.length; i++) {
                Viewer by = company.person(row[i]);
                long person = company.person(row[0]).id();
                long skill = skillIds.get(row[1]);
                records.createUnique(SkillStore.ENDORSEMENTS, SkillStore.endorsementKey(person, skill, by.id()),
                        Map.of("person", String.valueOf(person), "skill", String.valueOf(skill),
                                "by", String.valueOf(by.id()), "byName", by.name(), "at", now.toString()),
                        by.id(), null);
            }
        }
        for (String[] row : PEOPLE) {
            Viewer who = company.person(row[0]);
            for (int i = 1; i < row.length; i++) {
                String[] parts = row[i].split(":", -1);
                records.create(Declaration.COLLECTION, new Declaration(0, 0, who.id(), skillIds.get(parts[0]),
                        Level.parse(parts[1]).orElseThrow(), parts.length > 2 && "learn".equals(parts[2]),
                        parts.length > 3 && "teach".equals(parts[3]), Set.of(), null).fields(), who.id());
            }
        }
        Directory.invalidate(context, List.of());
    }
}
