package org.agora.ideas;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PersonRef;

/**
 * A box's dashboard for its managers: ideas by status, the median time to a first answer, the share of ideas
 * answered within 14 days, and the top contributors of named ideas (anonymous ideas are never counted for anyone),
 * drawn with the host's Chart.js.
 */
final class Dashboard {

    /** How soon an idea should have its first answer. */
    static final Duration ANSWER_WITHIN = Duration.ofDays(14);

    private Dashboard() {
    }

    /**
     * What the dashboard shows.
     *
     * @param byStatus        ideas per status key, in workflow order
     * @param medianHours     the median time from submission to first answer, in hours, or -1 with no answer yet
     * @param answeredPercent the share of ideas answered within 14 days, among those submitted 14 days ago or more
     *                        and those already answered, or -1 with none
     * @param contributors    the named authors with the most ideas, by name, the most first
     */
    record Figures(Map<String, Integer> byStatus, long medianHours, int answeredPercent,
                   Map<String, Integer> contributors) {
    }

    static Figures figures(List<Idea> ideas, Instant now, LongFunction<String> names) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            byStatus.put(s.key(), (int) ideas.stream().filter(i -> i.status() == s).count());
        }
        List<Long> hours = ideas.stream().filter(i -> i.firstAnswer() != null)
                .map(i -> Duration.between(i.created(), i.firstAnswer()).toHours()).sorted().toList();
        long median = hours.isEmpty() ? -1 : hours.size() % 2 == 1 ? hours.get(hours.size() / 2)
                : (hours.get(hours.size() / 2 - 1) + hours.get(hours.size() / 2)) / 2;
        List<Idea> due = ideas.stream().filter(i -> i.firstAnswer() != null
                || !i.created().plus(ANSWER_WITHIN).isAfter(now)).toList();
        long inTime = due.stream().filter(i -> i.firstAnswer() != null
                && !i.firstAnswer().isAfter(i.created().plus(ANSWER_WITHIN))).count();
        int percent = due.isEmpty() ? -1 : (int) Math.round(100.0 * inTime / due.size());
        Map<Long, Long> perAuthor = ideas.stream().filter(i -> !i.anonymous() && i.authorId() != 0)
                .collect(Collectors.groupingBy(Idea::authorId, Collectors.counting()));
        List<Map.Entry<Long, Long>> top = new ArrayList<>(perAuthor.entrySet());
        top.sort(Map.Entry.<Long, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> contributors = new LinkedHashMap<>();
        top.stream().limit(5).forEach(e -> contributors.merge(names.apply(e.getKey()), e.getValue().intValue(),
                Integer::sum));
        return new Figures(byStatus, median, percent, contributors);
    }

    static PageResult show(IdeaRequest w) {
        if (!w.mayManage()) {
            return w.forbidden();
        }
        Figures figures = figures(w.ideas.all(w.box()), w.now, id -> w.context.people().byId(id)
                .map(PersonRef::name).orElse(w.messages.get("ideas.formerEmployee")));
        Map<String, Object> model = w.model();
        model.put("figures", figures);
        List<String> statusLabels = new ArrayList<>();
        figures.byStatus().keySet().forEach(k -> statusLabels.add(w.messages.get("ideas.status." + k)));
        model.put("statusLabels", statusLabels);
        model.put("statusCounts", new ArrayList<>(figures.byStatus().values()));
        model.put("contributorNames", new ArrayList<>(figures.contributors().keySet()));
        model.put("contributorCounts", new ArrayList<>(figures.contributors().values()));
        model.put("medianDays", figures.medianHours() < 0 ? "" : String.format(w.request.locale(), "%.1f",
                figures.medianHours() / 24.0));
        return PageResult.view("dashboard", w.messages.get("ideas.dashboard.title"), model);
    }
}
