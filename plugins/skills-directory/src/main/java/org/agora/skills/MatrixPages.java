package org.agora.skills;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.People;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.SpaceRef;

/**
 * The skill matrix of a department or of the company, or, on a space's "Skills" tab, of the space's members (the
 * host shows the tab only to those who may read the space); its risk list for reviewers, and its CSV export.
 */
final class MatrixPages {

    private MatrixPages() {
    }

    static PageResult matrix(SkillsRequest s) {
        String department = s.parameter("department").strip();
        Map<String, Object> model = s.model();
        SkillMatrix matrix = SkillMatrix.of(s.index(), department, members(s), visible(s));
        model.put("department", department);
        model.put("space", s.request.space().orElse(null));
        model.put("departments", s.index().departments());
        model.put("columns", matrix.skills());
        model.put("rows", matrix.rows());
        model.put("risks", s.mayReview() ? matrix.risks() : List.of());
        // the chart above the table counts its cells by level, in this order and with these names
        model.put("levelCodes", Arrays.stream(Level.values()).map(Level::code).toList());
        model.put("levelLabels", Arrays.stream(Level.values()).map(l -> s.messages.get(l.label())).toList());
        return s.view("matrix", "matrix.title", model, 200);
    }

    static PageResult csv(SkillsRequest s) {
        SkillMatrix matrix = SkillMatrix.of(s.index(), s.parameter("department").strip(), members(s), visible(s));
        return new PageResult.Download("skills-matrix.csv", "text/csv; charset=UTF-8",
                matrix.csv(s.messages.get("matrix.person"), s.messages.get("matrix.department"),
                        level -> s.messages.get(level.label())));
    }

    private static java.util.function.LongPredicate visible(SkillsRequest s) {
        return new Audiences(s.context.records()).visibleTo(s.context, s.viewer());
    }

    /** @return the ids of the space's members on a space's tab, null elsewhere */
    private static Set<Long> members(SkillsRequest s) {
        if (s.request.space().isEmpty()) {
            return null;
        }
        long space = s.request.space().map(SpaceRef::id).orElseThrow();
        People people = s.context.people();
        Set<Long> ids = new HashSet<>();
        for (List<PersonRef> page = people.members(space, 0, People.MAX_PAGE); !page.isEmpty();
                page = people.members(space, page.getLast().id(), People.MAX_PAGE)) {
            page.forEach(p -> ids.add(p.id()));
        }
        return ids;
    }
}
