package org.agora.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agora.people.model.Role;
import org.agora.spaces.model.SpaceKind;

/** The people and spaces of Lumen &amp; Co, the demo company. */
public final class DemoCompanyData {

    /** The password of every demo account. */
    public static final String PASSWORD = "demo-password";
    public static final String DOMAIN = "lumen.example";

    /** A demo employee; {@code manager} is the e-mail of their manager, or null. */
    public record Employee(String name, String email, String department, String jobTitle, String manager,
                           Role role) {

        public boolean admin() {
            return role == Role.ADMIN;
        }

        /** @return the handle posts mention the employee by, such as {@code camille.martin} */
        public String handle() {
            return email.substring(0, email.indexOf('@'));
        }
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

    /** Those who publish announcements besides the administrator: the chief executive and the HR director. */
    private static final Set<String> COMMUNICATORS = Set.of("olivia.chen", "nathan.david");

    private DemoCompanyData() {
    }

    /** @return the e-mail address of a demo handle */
    public static String email(String handle) {
        return handle + "@" + DOMAIN;
    }

    /** @return the administrator first, then a chief executive, heads of department and their teams */
    public static List<Employee> employees() {
        List<Employee> people = new ArrayList<>();
        people.add(new Employee("Ada Admin", email("admin"), "IT", "Agora Administrator", null, Role.ADMIN));
        String ceo = email("olivia.chen");
        people.add(new Employee("Olivia Chen", ceo, "Management", "Chief Executive Officer", null,
                Role.COMMUNICATOR));
        int n = 0;
        for (String[] dept : DEPARTMENTS) {
            String head = email(handle(n));
            people.add(new Employee(name(n), head, dept[0], dept[1], ceo, role(n)));
            n++;
            for (int i = 0; i < 4; i++, n++) {
                people.add(new Employee(name(n), email(handle(n)), dept[0], dept[2], head, role(n)));
            }
        }
        return people;
    }

    private static Role role(int i) {
        return COMMUNICATORS.contains(handle(i)) ? Role.COMMUNICATOR : Role.MEMBER;
    }

    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[i % LAST.length];
    }

    private static String handle(int i) {
        return (FIRST[i % FIRST.length] + "." + LAST[i % LAST.length]).toLowerCase();
    }

    /**
     * A demo space: its owner's, moderators' and members' handles (moderators are members too).
     */
    public record DemoSpace(String name, String description, SpaceKind kind, String owner, List<String> moderators,
                            List<String> members) {

        /** @return true if the person may write in the space */
        public boolean hasMember(String handle) {
            return owner.equals(handle) || members.contains(handle);
        }
    }

    public static final String ENGINEERING = "Engineering";
    public static final String MARKETING = "Marketing";
    public static final String LEADERSHIP = "Leadership";

    /** @return the demo spaces: a public one, a private one and a secret one */
    public static List<DemoSpace> spaces() {
        return List.of(
                new DemoSpace(ENGINEERING, "Releases, architecture and questions of the engineering teams.",
                        SpaceKind.PUBLIC, "camille.martin", List.of("lucas.bernard"),
                        List.of("lucas.bernard", "amara.diallo", "noah.petit", "ines.robert", "arthur.lefevre",
                                "ethan.vincent")),
                new DemoSpace(MARKETING, "Brand, campaigns and the logo files.", SpaceKind.PRIVATE, "emma.simon",
                        List.of("liam.michel"),
                        List.of("liam.michel", "jade.lefebvre", "adam.leroy", "lea.roux", "hugo.richard")),
                new DemoSpace(LEADERSHIP, "Where the leadership team prepares decisions before they are announced.",
                        SpaceKind.SECRET, "olivia.chen", List.of(),
                        List.of("camille.martin", "hugo.richard", "emma.simon", "nathan.david", "manon.bonnet",
                                "ethan.vincent")));
    }

    /** @return the space of that name */
    public static DemoSpace space(String name) {
        return spaces().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo space " + name));
    }
}
