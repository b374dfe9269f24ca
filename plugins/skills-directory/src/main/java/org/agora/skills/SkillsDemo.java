package org.agora.skills;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.DemoCompany;
import org.agora.plugins.api.DemoContent;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.Viewer;
import org.pf4j.Extension;

/**
 * The demo company's skills: a taxonomy with synonyms, a skill proposal waiting for review, and skills declared by
 * the employees of each department, with their locations, mentors, learners and endorsements, so that "find an
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

    /** handle, department, location, then skill:level[:learn][:teach] */
    private static final String[][] PEOPLE = {
            {"camille.martin", "Engineering", "Paris", "Kubernetes:expert::teach", "Software architecture:reference::teach",
                    "Java:expert", "Team leadership:practitioner", "Public speaking:notions:learn"},
            {"lucas.bernard", "Engineering", "Lyon", "Apache Lucene:reference::teach", "Java:expert::teach",
                    "Jakarta EE:expert", "Kubernetes:notions:learn", "PostgreSQL:practitioner"},
            {"amara.diallo", "Engineering", "London", "Kubernetes:reference::teach", "Terraform:expert::teach",
                    "Observability:expert", "PostgreSQL:expert", "Docker:expert"},
            {"noah.petit", "Engineering", "Paris", "Accessibility:reference::teach", "TypeScript:expert",
                    "Kubernetes:notions:learn", "Public speaking:notions:learn"},
            {"ines.robert", "Engineering", "Montréal", "Application security:expert::teach", "Java:practitioner",
                    "Terraform:notions:learn"},
            {"hugo.richard", "Sales", "London", "Negotiation:reference::teach", "Enterprise sales:expert::teach",
                    "Team leadership:expert", "Public speaking:expert"},
            {"sofia.durand", "Sales", "Lisbon", "Salesforce:expert::teach", "Public tenders:practitioner",
                    "Negotiation:practitioner:learn"},
            {"mateo.dubois", "Sales", "Lyon", "Public tenders:expert", "Negotiation:expert", "Excel:practitioner"},
            {"emma.simon", "Marketing", "Paris", "Content strategy:expert::teach", "SEO:practitioner",
                    "Public speaking:practitioner", "Team leadership:practitioner:learn"},
            {"liam.michel", "Marketing", "Paris", "SEO:expert::teach", "Content strategy:practitioner",
                    "Excel:notions:learn"},
            {"nathan.david", "Human Resources", "Paris", "Recruiting:reference::teach", "Labour law:expert",
                    "Public speaking:practitioner"},
            {"zoe.bertrand", "Human Resources", "Lyon", "Recruiting:practitioner", "Labour law:notions:learn"},
            {"manon.bonnet", "Finance", "Paris", "Financial modelling:expert::teach", "Excel:reference::teach",
                    "Negotiation:notions:learn"},
            {"louis.dupont", "Finance", "Paris", "Excel:expert", "Financial modelling:practitioner:learn"},
            {"ethan.vincent", "Customer Success", "London", "Customer onboarding:expert::teach", "Salesforce:practitioner",
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

    @Override
    public void seed(DemoCompany company, PluginContext context) {
        Clock clock = Clock.systemUTC();
        Map<String, Long> skills = new HashMap<>();
        Taxonomy taxonomy = new Taxonomy(context);
        for (String[] category : TAXONOMY) {
            long id = taxonomy.addCategory(category[0]).id();
            for (int i = 1; i < category.length; i++) {
                String[] names = category[i].split("\\|");
                Skill skill = taxonomy.addSkill(names[0], String.valueOf(id),
                        String.join(",", List.of(names).subList(1, names.length)));
                skills.put(names[0], skill.id());
            }
        }
        for (String[] person : PEOPLE) {
            Viewer who = company.person(person[0]);
            Declarations declarations = new Declarations(context, clock);
            declarations.describe(who, person[1], person[2]);
            for (int i = 3; i < person.length; i++) {
                String[] parts = person[i].split(":", -1);
                declarations.declare(who, parts[0], parts[1], parts.length > 2 && "learn".equals(parts[2]),
                        parts.length > 3 && "teach".equals(parts[3]));
            }
        }
        for (String[] row : ENDORSEMENTS) {
            long person = company.person(row[0]).id();
            for (int i = 2; i < row.length; i++) {
                new Declarations(context, clock)
                        .endorse(company.person(row[i]), person, skills.get(row[1]));
            }
        }
        new Taxonomy(context).propose(company.person("noah.petit"), "Figma", "",
                "figma design");
    }
}
