package org.agora.generator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.agora.validation.InvalidInputException;

/**
 * How big a generated company is, and the seed that makes it the same company each time.
 *
 * @param days how far back the posts go
 */
public record CompanySize(long seed, int people, int spaces, int posts, int comments, int reactions, int days) {

    /** The company of the load scenarios: 10,000 employees and two years of posts. */
    public static final CompanySize FULL = new CompanySize(42, 10_000, 500, 1_000_000, 3_000_000, 5_000_000, 730);

    public CompanySize {
        if (people < 10 || spaces < 1 || posts < 0 || comments < 0 || reactions < 0 || days < 1
                || people > 1_000_000 || spaces > people) {
            throw new InvalidInputException("size", "error.generator.size");
        }
    }

    /**
     * Reads sizes written as {@code people=10000,spaces=500,posts=1000000,comments=3000000,reactions=5000000,seed=42};
     * what is left out keeps the full company's size.
     *
     * @throws InvalidInputException for an unknown name or a number out of range
     */
    public static CompanySize parse(String text) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("=", 2);
            try {
                values.put(pair[0].strip(), Long.parseLong(pair[1].strip().replace("_", "")));
            } catch (RuntimeException e) {
                throw new InvalidInputException("size", "error.generator.size");
            }
        }
        if (!FULL.toMap().keySet().containsAll(values.keySet())) {
            throw new InvalidInputException("size", "error.generator.size");
        }
        Map<String, Long> all = new LinkedHashMap<>(FULL.toMap());
        all.putAll(values);
        return of(all);
    }

    /** @return the sizes as job parameters */
    public Properties toProperties() {
        Properties p = new Properties();
        toMap().forEach((k, v) -> p.setProperty(k, Long.toString(v)));
        return p;
    }

    /** @return the sizes from job parameters */
    public static CompanySize of(Properties p) {
        Map<String, Long> all = new LinkedHashMap<>();
        FULL.toMap().forEach((k, v) -> all.put(k, Long.parseLong(p.getProperty(k, Long.toString(v)))));
        return of(all);
    }

    private static CompanySize of(Map<String, Long> v) {
        try {
            return new CompanySize(v.get("seed"), Math.toIntExact(v.get("people")), Math.toIntExact(v.get("spaces")),
                    Math.toIntExact(v.get("posts")), Math.toIntExact(v.get("comments")),
                    Math.toIntExact(v.get("reactions")), Math.toIntExact(v.get("days")));
        } catch (ArithmeticException e) {
            throw new InvalidInputException("size", "error.generator.size");
        }
    }

    private Map<String, Long> toMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("people", (long) people);
        m.put("spaces", (long) spaces);
        m.put("posts", (long) posts);
        m.put("comments", (long) comments);
        m.put("reactions", (long) reactions);
        m.put("days", (long) days);
        return m;
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
