package org.agora.skills;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.Requests;
import org.agora.plugins.testkit.TestHost;

/**
 * "Find an expert" at 10,000 employees of the company directory with 15 skills each (150,000 declarations over 300
 * skills, the ten most common held by about 3,000 people each, and about 225,000 endorsements), through the directory's page handler on the test kit: the stamp check,
 * the synonym and typo lookup, the filters and the ranking ("page"), and the same without the page and the stamp
 * check ("finder"). Not a test: run it by hand (see {@code bench/RESULTS.md})
 * with {@code java -cp ... org.agora.skills.FindExpertBench}.
 */
public final class FindExpertBench {

    private static final int PEOPLE = 10_000;
    private static final int PER_PERSON = 15;
    private static final int SKILLS = 300;
    private static final int RUNS = 200;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private FindExpertBench() {
    }

    public static void main(String[] args) throws Exception {
        TestHost host = TestHost.forPlugin("skills-directory").declaring(new SkillsPermissions());
        Random random = new Random(42);
        List<Map<String, String>> skills = new ArrayList<>();
        for (int i = 0; i < SKILLS; i++) {
            String name = i == 0 ? "Kubernetes" : "Skill " + word(random) + " " + i;
            skills.add(new Skill(0, 0, name, 0, i == 0 ? List.of("k8s") : List.of("s" + i), Skill.ACTIVE, 0)
                    .fields());
        }
        host.records().createAll(Skill.COLLECTION, skills);
        List<Long> ids = host.records().all().stream().filter(r -> r.collection().equals(Skill.COLLECTION))
                .map(r -> r.id()).sorted().toList();
        List<Long> people = new ArrayList<>();
        for (int p = 1; p <= PEOPLE; p++) {
            people.add(host.employee("Person " + p, null, "Department " + (p % 20), "Site " + (p % 10), true).id());
        }
        List<Map<String, String>> declarations = new ArrayList<>();
        List<Map<String, String>> endorsements = new ArrayList<>();
        for (long p : people) {
            Set<Long> mine = new LinkedHashSet<>();
            while (mine.size() < 3) {
                mine.add(ids.get(random.nextInt(10)));
            }
            while (mine.size() < PER_PERSON) {
                mine.add(ids.get(random.nextInt(SKILLS)));
            }
            for (long skill : mine) {
                Set<Long> endorsers = new LinkedHashSet<>();
                for (int e = random.nextInt(4); e > 0; e--) {
                    endorsers.add(people.get(random.nextInt(PEOPLE)));
                }
                endorsers.forEach(by -> endorsements.add(Map.of("person", String.valueOf(p), "skill",
                        String.valueOf(skill), "by", String.valueOf(by), "byName", "", "at", "")));
                declarations.add(new Declaration(0, 0, p, skill, Level.values()[random.nextInt(4)],
                        random.nextBoolean(), random.nextBoolean(), Set.of(), null).fields());
            }
        }
        for (int i = 0; i < endorsements.size(); i += 1000) {
            host.records().createAll(SkillStore.ENDORSEMENTS,
                    endorsements.subList(i, Math.min(endorsements.size(), i + 1000)));
        }
        for (int i = 0; i < declarations.size(); i += 1000) {
            host.records().createAll(Declaration.COLLECTION,
                    declarations.subList(i, Math.min(declarations.size(), i + 1000)));
        }
        long start = System.nanoTime();
        SkillIndex index = Directory.build(host.context()); // as the background task does for a large directory
        System.out.printf("index built from %,d declarations in %d ms%n", declarations.size(),
                (System.nanoTime() - start) / 1_000_000);
        System.out.printf("holders of Kubernetes: %,d%n", index.holders(ids.get(0)).size());

        SkillsPages pages = new SkillsPages();
        Viewer viewer = TestHost.member("Person 1");
        String[][] queries = {{"Kubernetes", ""}, {"k8s", ""}, {"kubernets", ""}, {"K8S", "Department 3"},
                {"skill " + "x", ""}};
        for (String[] q : queries) {
            long[] times = new long[RUNS];
            long[] cpu = new long[RUNS];
            int found = 0;
            for (int run = -50; run < RUNS; run++) { // 50 warm-up runs
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                PageResult r = host.handle(pages, Requests.get("/").as(viewer).param("q", q[0])
                        .param("department", q[1]).build());
                long t = System.nanoTime() - t0;
                if (run >= 0) {
                    times[run] = t;
                    cpu[run] = THREADS.getCurrentThreadCpuTime() - c0;
                    found = ((ExpertFinder.Answer) ((PageResult.View) r).model().get("answer")).experts().size();
                }
            }
            report("page", q, found, times, cpu);
            for (int run = -50; run < RUNS; run++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ExpertFinder.Answer answer = new ExpertFinder(Directory.index(host.context()))
                        .find(q[0], q[1], "", Set.of(), host.clock().instant());
                if (run >= 0) {
                    times[run] = System.nanoTime() - t0;
                    cpu[run] = THREADS.getCurrentThreadCpuTime() - c0;
                    found = answer.experts().size();
                }
            }
            report("finder", q, found, times, cpu);
        }
    }

    /** Prints wall-clock and CPU time: on a shared, loaded machine the CPU time says what the code itself costs. */
    private static void report(String what, String[] q, int found, long[] times, long[] cpu) {
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf("%-6s q=%-12s department=%-13s results=%2d wall median %6.2f p95 %6.2f max %6.2f ms"
                        + " | cpu median %5.2f p95 %5.2f ms%n", what, q[0], q[1], found, times[RUNS / 2] / 1e6,
                times[RUNS * 95 / 100] / 1e6, times[RUNS - 1] / 1e6, cpu[RUNS / 2] / 1e6, cpu[RUNS * 95 / 100] / 1e6);
    }

    private static String word(Random random) {
        char[] letters = new char[6 + random.nextInt(6)];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(letters);
    }
}
