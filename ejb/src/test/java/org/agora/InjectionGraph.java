package org.agora;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Who injects whom among a set of classes: an edge for every field, constructor or setter marked {@code @Inject} or
 * {@code @EJB}, to the injected class or, for an interface or abstract class, to each of its implementations in the
 * set. A type argument counts too, so {@code Instance<X>} or {@code Event<X>} depends on X: a lazy lookup still waits
 * on a bean that may wait on it.
 */
final class InjectionGraph {

    private static final List<String> INJECTION = List.of("jakarta.inject.Inject", "jakarta.ejb.EJB");

    private final Map<String, Set<String>> edges = new TreeMap<>();

    InjectionGraph(JavaClasses classes) {
        for (JavaClass bean : classes) {
            Set<String> targets = new TreeSet<>();
            injectedTypes(bean).forEach(type -> implementations(type, classes)
                    .forEach(target -> targets.add(target.getName())));
            edges.put(bean.getName(), targets);
        }
    }

    /** Adds an edge, so a test can show that a cycle is caught. */
    InjectionGraph with(String from, String to) {
        edges.computeIfAbsent(from, name -> new TreeSet<>()).add(to);
        return this;
    }

    Set<String> dependenciesOf(String bean) {
        return edges.getOrDefault(bean, Set.of());
    }

    /**
     * @return each cycle as the beans along it, the first repeated at the end; one cycle per strongly connected
     *         group
     */
    List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        for (Set<String> group : stronglyConnected()) {
            String start = group.iterator().next();
            if (group.size() > 1 || dependenciesOf(start).contains(start)) {
                cycles.add(cycleThrough(start, group));
            }
        }
        return cycles;
    }

    private static Stream<JavaClass> injectedTypes(JavaClass bean) {
        Stream<JavaClass> fields = bean.getFields().stream().filter(InjectionGraph::injects)
                .flatMap(field -> field.getType().getAllInvolvedRawTypes().stream());
        Stream<JavaClass> parameters = bean.getCodeUnits().stream().filter(InjectionGraph::injects)
                .map(JavaCodeUnit::getParameters).flatMap(List::stream)
                .flatMap(parameter -> parameter.getType().getAllInvolvedRawTypes().stream());
        return Stream.concat(fields, parameters);
    }

    private static boolean injects(CanBeAnnotated member) {
        return INJECTION.stream().anyMatch(member::isAnnotatedWith);
    }

    private static Stream<JavaClass> implementations(JavaClass type, JavaClasses classes) {
        if (!classes.contain(type.getName())) {
            return Stream.empty();
        }
        return Stream.concat(Stream.of(type), type.getAllSubclasses().stream())
                .filter(candidate -> classes.contain(candidate.getName()))
                .filter(candidate -> !candidate.isInterface()
                        && !candidate.getModifiers().contains(JavaModifier.ABSTRACT));
    }

    /** Tarjan's algorithm, iterative over the sorted names so the report is stable. */
    private List<Set<String>> stronglyConnected() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new LinkedHashSet<>();
        List<Set<String>> groups = new ArrayList<>();
        for (String root : edges.keySet()) {
            if (!index.containsKey(root)) {
                connect(root, index, low, stack, onStack, groups);
            }
        }
        return groups;
    }

    private void connect(String bean, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                         Set<String> onStack, List<Set<String>> groups) {
        index.put(bean, index.size());
        low.put(bean, index.get(bean));
        stack.push(bean);
        onStack.add(bean);
        for (String next : dependenciesOf(bean)) {
            if (!index.containsKey(next)) {
                connect(next, index, low, stack, onStack, groups);
                low.put(bean, Math.min(low.get(bean), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(bean, Math.min(low.get(bean), index.get(next)));
            }
        }
        if (low.get(bean).equals(index.get(bean))) {
            Set<String> group = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(bean));
            groups.add(group);
        }
    }

    /** The shortest way from {@code start} back to itself inside its group (breadth first). */
    private List<String> cycleThrough(String start, Set<String> group) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String bean = queue.poll();
            List<String> inGroup = dependenciesOf(bean).stream().filter(group::contains).sorted().toList();
            for (String next : inGroup) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String step = bean; !step.equals(start); step = cameFrom.get(step)) {
                        path.add(1, step);
                    }
                    path.add(start);
                    return path;
                }
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, bean);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException(start + " is in a cycle but no path returns to it");
    }
}
