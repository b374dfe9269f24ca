package org.agora.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The shape of a generated company, computed from its size and seed alone, so that every chunk of the job (and every
 * run with the same seed) derives the same people, spaces, memberships and posts without reading them back.
 * Indexes count from 0; the database ids are an index plus the base id the job started from.
 */
final class Company {

    static final String PASSWORD = "generated-password";

    static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "Human Resources", "Legal",
        "Operations", "Customer Success", "Product", "Design", "Research", "Support", "Procurement", "Logistics",
        "Quality", "Security", "Data", "Communications", "Facilities", "Strategy"};
    static final String[] FIRST = {"Alice", "Bruno", "Chloé", "David", "Emma", "Farid", "Gabriel", "Hugo", "Inès",
        "Jules", "Karim", "Léa", "Manon", "Nathan", "Olivia", "Paul", "Quentin", "Rose", "Sofia", "Théo", "Ugo",
        "Valentin", "William", "Xavier", "Yasmine", "Zoé", "Amara", "Lucas", "Mateo", "Nora"};
    static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "Andre", "Mercier", "Dupont", "Lambert", "Bonnet", "Francois",
        "Martinez", "Diallo", "Chen", "Nguyen", "Smith", "Jones", "Kowalski", "Rossi", "Silva", "Novak", "Okafor"};
    static final String[] EXPERTISE = {"Java", "Kubernetes", "Negotiation", "Accounting", "Recruiting", "Contracts",
        "Supply chain", "Python", "UX research", "Data analysis", "Public speaking", "Tax", "SQL", "Security audits",
        "Project management", "Copywriting", "Pricing", "Training", "Customer onboarding", "Machine learning"};
    static final String[] WORDS = ("the team release customer plan quarter review budget launch meeting roadmap "
        + "feedback project demo sprint hiring office travel report numbers design idea question update support "
        + "partner contract training workshop deadline goal result weekly monthly new first great thanks help").split(" ");
    static final String[] TAGS = new String[200];

    static {
        String[] stems = {"release", "sales", "hiring", "offsite", "security", "roadmap", "kudos", "tips", "data",
            "design", "support", "travel", "finance", "product", "quality", "ops", "learning", "events", "news", "ai"};
        for (int i = 0; i < TAGS.length; i++) {
            TAGS[i] = i < stems.length ? stems[i] : stems[i % stems.length] + (i / stems.length);
        }
    }

    final CompanySize size;
    final Instant until;
    private final int departments;
    private final int[][] members;

    Company(CompanySize size, Instant until) {
        this.size = size;
        this.until = until;
        this.departments = Math.min(DEPARTMENTS.length, Math.max(1, size.people() / 10));
        this.members = new int[size.spaces()][];
        for (int s = 0; s < size.spaces(); s++) {
            members[s] = chooseMembers(s);
        }
    }

    /** @return a random source for one thing of one kind, the same whatever chunk asks for it */
    SplittableRandom random(int kind, long index) {
        return new SplittableRandom(size.seed() * 0x9E3779B97F4A7C15L + kind * 0x100000000L + index);
    }

    // people: 0 is the chief executive (and an administrator), 1..departments head the departments

    int department(int person) {
        return person == 0 ? 0 : (person - 1) % departments;
    }

    String departmentName(int person) {
        return DEPARTMENTS[department(person)];
    }

    /** @return the index of the person's manager (always a smaller index), or -1 for the chief executive */
    int manager(int person) {
        if (person == 0) {
            return -1;
        }
        if (person <= departments) {
            return 0;
        }
        int lead = person - departments * 8;
        return lead > departments ? lead : 1 + department(person);
    }

    String name(int person) {
        SplittableRandom r = random(1, person);
        return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    }

    /**
     * @return the part of the e-mail address before the @, also the person's handle for mentions: numbered, so that
     *     load scenarios sign in as anyone ({@code employee17@generated.example})
     */
    String handle(int person) {
        return "employee" + person;
    }

    String email(int person) {
        return handle(person) + "@generated.example";
    }

    String jobTitle(int person) {
        if (person == 0) {
            return "Chief Executive";
        }
        return (person <= departments ? "Head of " : manager(person) == 1 + department(person) ? "Lead, " : "")
                + departmentName(person);
    }

    // spaces: a tenth secret, three tenths private, the rest public; sizes fall off with the index (a few big ones)

    String spaceKind(int space) {
        int k = (int) (random(2, space).nextInt(10));
        return k == 0 ? "SECRET" : k <= 3 ? "PRIVATE" : "PUBLIC";
    }

    int[] members(int space) {
        return members[space];
    }

    private int[] chooseMembers(int space) {
        int count = (int) Math.max(3, Math.min(size.people(), size.people() * 0.3 / Math.pow(space + 1, 0.8)));
        SplittableRandom r = random(3, space);
        int start = r.nextInt(size.people());
        int stride = strideFor(size.people(), r);
        int[] chosen = new int[count];
        for (int i = 0; i < count; i++) {
            chosen[i] = (int) ((start + (long) i * stride) % size.people());
        }
        return chosen;
    }

    /** @return a step coprime with n, so that n steps visit everyone once */
    static int strideFor(int n, SplittableRandom r) {
        int stride = 1 + r.nextInt(Math.max(1, n - 1));
        while (gcd(stride, n) != 1) {
            stride++;
        }
        return stride;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    // posts: ids grow with time, over the last `days` days; four in ten company-wide, the rest in spaces

    Instant postTime(long post) {
        long span = Duration.ofDays(size.days()).toSeconds();
        return until.minusSeconds(span).plusSeconds(span * post / Math.max(1, size.posts()));
    }

    /** @return the space's index, or -1 for a company-wide post */
    int postSpace(long post) {
        SplittableRandom r = random(4, post);
        if (r.nextInt(10) < 4) {
            return -1;
        }
        double u = r.nextDouble();
        return (int) (size.spaces() * u * u * u);
    }

    int postAuthor(long post) {
        int space = postSpace(post);
        SplittableRandom r = random(5, post);
        if (space < 0) {
            double u = r.nextDouble();
            return (int) (size.people() * u * u);
        }
        int[] m = members[space];
        return m[r.nextInt(m.length)];
    }
}
