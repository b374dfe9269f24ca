package org.agora.skills;

import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.Jobs;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.UploadedFile;

/**
 * The curators' import of declared skills from a CSV file: the form, the file checked whole, then the import's
 * progress and report while it runs in the background ({@link SkillImport}).
 */
final class ImportPages {

    private ImportPages() {
    }

    static PageResult form(SkillsRequest s) {
        if (!s.mayCurate()) {
            return s.forbidden();
        }
        Map<String, Object> model = s.model();
        long job = s.number("job");
        Optional<Jobs.JobStatus> status = job < 0 ? Optional.empty() : s.context.jobs().status(job)
                .filter(j -> j.startedBy() == s.viewer().id() || s.viewer().isAdmin());
        if (job >= 0 && status.isEmpty()) {
            return s.notFound();
        }
        model.put("job", status.orElse(null));
        model.put("maxLines", SkillImport.MAX_LINES);
        return s.view("import", "import.title", model, 200);
    }

    static PageResult start(SkillsRequest s) {
        if (!s.mayCurate()) {
            return s.forbidden();
        }
        Optional<UploadedFile> file = s.request.file("file");
        if (file.isEmpty() || file.get().size() == 0) {
            return refused(s, new Refused("error.import.noFile"));
        }
        String text;
        try {
            text = SkillImport.check(file.get().content());
        } catch (Refused r) {
            return refused(s, r);
        }
        long job = s.context.jobs().start(SkillImport.NAME, Map.of("csv", text,
                "locale", s.request.locale().toLanguageTag()), s.viewer().id());
        return PageResult.redirect("/import?job=" + job);
    }

    private static PageResult refused(SkillsRequest s, Refused refused) {
        Map<String, Object> model = s.withError(s.model(), refused);
        model.put("job", null);
        model.put("maxLines", SkillImport.MAX_LINES);
        return s.view("import", "import.title", model, refused.status());
    }
}
