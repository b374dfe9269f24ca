package org.agora.skills;

import java.util.Map;
import org.agora.plugins.api.PageResult;

/** The skill matrix of a department (or of the company), its risk list for reviewers, and its CSV export. */
final class MatrixPages {

    private MatrixPages() {
    }

    static PageResult matrix(SkillsRequest s) {
        String department = s.parameter("department").strip();
        Map<String, Object> model = s.model();
        SkillMatrix matrix = SkillMatrix.of(s.index(), department);
        model.put("department", department);
        model.put("departments", s.index().departments());
        model.put("columns", matrix.skills());
        model.put("rows", matrix.rows());
        model.put("risks", s.mayReview() ? matrix.risks() : java.util.List.of());
        return s.view("matrix", "matrix.title", model, 200);
    }

    static PageResult csv(SkillsRequest s) {
        SkillMatrix matrix = SkillMatrix.of(s.index(), s.parameter("department").strip());
        return new PageResult.Download("skills-matrix.csv", "text/csv; charset=UTF-8",
                matrix.csv(s.messages.get("matrix.person"), s.messages.get("matrix.department"),
                        level -> s.messages.get(level.label())));
    }
}
