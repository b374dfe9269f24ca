package org.agora.demo;

import java.util.ArrayList;
import java.util.List;
import org.agora.spaces.model.SpaceKind;

/** The people and posts of Lumen &amp; Co, the demo company. */
public final class DemoCompanyData {

    /** The password of every demo account. */
    public static final String PASSWORD = "demo-password";
    public static final String DOMAIN = "lumen.example";

    /** A demo employee; {@code manager} is the e-mail of their manager, or null. */
    public record Employee(String name, String email, String department, String jobTitle, String manager,
                           boolean admin) {
    }

    private static final String[][] DEPARTMENTS = {
            {"Engineering", "Head of Engineering", "Software Engineer"},
            {"Sales", "Sales Director", "Account Executive"},
            {"Marketing", "Marketing Director", "Content Strategist"},
            {"Human Resources", "HR Director", "HR Business Partner"},
            {"Finance", "Chief Financial Officer", "Financial Analyst"},
            {"Customer Success", "Head of Customer Success", "Customer Success Manager"},
    };

    private static final String[] FIRST = {"Camille", "Lucas", "Amara", "Noah", "Ines", "Hugo", "Sofia", "Mateo",
            "Chloe", "Yanis", "Emma", "Liam", "Jade", "Adam", "Lea", "Nathan", "Zoe", "Rayan", "Alice", "Gabriel",
            "Manon", "Louis", "Sarah", "Jules", "Lina", "Ethan", "Nina", "Arthur", "Maya", "Leo"};
    private static final String[] LAST = {"Martin", "Bernard", "Diallo", "Petit", "Robert", "Richard", "Durand",
            "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand",
            "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
            "Muller", "Lefevre", "Faure", "Andre"};

    private DemoCompanyData() {
    }

    /** @return the administrator first, then a chief executive, heads of department and their teams */
    public static List<Employee> employees() {
        List<Employee> people = new ArrayList<>();
        people.add(new Employee("Ada Admin", "admin@" + DOMAIN, "IT", "Agora Administrator", null, true));
        String ceo = "olivia.chen@" + DOMAIN;
        people.add(new Employee("Olivia Chen", ceo, "Management", "Chief Executive Officer", null, false));
        int n = 0;
        for (String[] dept : DEPARTMENTS) {
            String head = email(n);
            people.add(new Employee(name(n), head, dept[0], dept[1], ceo, false));
            n++;
            for (int i = 0; i < 4; i++, n++) {
                people.add(new Employee(name(n), email(n), dept[0], dept[2], head, false));
            }
        }
        return people;
    }

    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[i % LAST.length];
    }

    private static String email(int i) {
        return (FIRST[i % FIRST.length] + "." + LAST[i % LAST.length]).toLowerCase() + "@" + DOMAIN;
    }

    /** A demo post: the author's e-mail and the Markdown text. */
    public record DemoPost(String author, String markdown) {
    }

    /** @return the demo posts, oldest first */
    public static List<DemoPost> posts() {
        return List.of(
                new DemoPost("olivia.chen@" + DOMAIN, """
                        **Welcome to Agora!** This is where Lumen & Co shares news, questions and ideas.
                        Say hello below and tell us what you are working on."""),
                new DemoPost(email(0), """
                        The engineering team shipped the new *customer portal* today. Release notes:
                        - faster sign-in
                        - dark mode
                        - accessible forms"""),
                new DemoPost(email(5), "Great quarter for the sales team: **32 new customers**. Thank you all!"),
                new DemoPost(email(10), """
                        Our brand guidelines are updated. Find the new logo files in the marketing space,
                        and ask me if you need help with a presentation."""),
                new DemoPost(email(15), """
                        Reminder: the **annual reviews** open on Monday. Managers, please book a slot with
                        each of your direct reports before the end of the month."""),
                new DemoPost(email(20), "Expense reports for October are due on Friday. Use the new template."),
                new DemoPost(email(25), """
                        Customer satisfaction is at **94%** this month. Kudos to the onboarding team for the
                        new welcome calls."""),
                new DemoPost(email(1), """
                        Does anyone have experience with `Apache Lucene` analyzers for French? I am looking at
                        stemming for our document search."""));
    }

    /** A demo space: its owner's e-mail, its members' e-mails and its posts, each by the member at that index. */
    public record DemoSpace(String name, String description, SpaceKind kind, String owner, List<String> members,
                            List<String> posts) {
    }

    /** @return the demo spaces: a public one, a private one and a secret one, each with members and posts */
    public static List<DemoSpace> spaces() {
        return List.of(
                new DemoSpace("Engineering", "Releases, architecture and questions of the engineering teams.",
                        SpaceKind.PUBLIC, email(0), List.of(email(1), email(2), email(3), email(4)), List.of(
                        "Architecture review on Thursday: we look at the **search index** and the #release plan.",
                        "The staging server is back. Deploys of the #release candidate start tomorrow at 9.",
                        "Pairing session on the French stemming tests this afternoon; anyone is welcome.")),
                new DemoSpace("Marketing", "Brand, campaigns and the logo files.", SpaceKind.PRIVATE, email(10),
                        List.of(email(11), email(12), email(13)), List.of(
                        "The new logo files are in the documents of this space. Please use the *2026* versions.",
                        "Campaign results for October: open rate 41 %, click rate 7 %. #campaign")),
                new DemoSpace("Leadership", "Where the leadership team prepares decisions before they are announced.",
                        SpaceKind.SECRET, "olivia.chen@" + DOMAIN, List.of(email(0), email(5), email(10)), List.of(
                        "Draft budget for next year attached to the next meeting's agenda; comments by Friday.")));
    }
}
