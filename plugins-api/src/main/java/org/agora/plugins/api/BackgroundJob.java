package org.agora.plugins.api;

import org.pf4j.ExtensionPoint;

/**
 * Work too long for a page, such as importing a file of thousands of lines: the host runs it in the background, a
 * part at a time, as a Jakarta Batch job, and keeps its progress for the page that started it.
 *
 * <p>A page starts it with {@link Jobs#start}; the host then calls {@link #next} again and again, each call on a
 * managed thread within 30 seconds, keeping what each call returns. If Agora stops in the middle, the job resumes
 * after the restart from the last part that finished, so a part must be safe to do twice (re-importing a line that
 * is there already changes nothing). Show the progress with the host's fragment
 * {@code ~{agora/jobs :: progress(${jobId})}}, which follows it without reloading the page.
 *
 * <pre>{@code
 * @Extension
 * public class SkillImport implements BackgroundJob {
 *     public String name() { return "import"; }
 *     public JobStep next(JobState job, PluginContext context) {
 *         int from = Integer.parseInt(job.state().getOrDefault("line", "0"));
 *         List<String> lines = job.parameters().get("csv").lines().toList();
 *         ... import 200 lines from "from" ...
 *         return JobStep.working(Map.of("line", String.valueOf(to)), to, lines.size());   // or JobStep.finished(report)
 *     }
 * }
 * }</pre>
 *
 * @since 1.3.0
 */
public interface BackgroundJob extends ExtensionPoint {

    /** @return the job's name, unique within the plugin, as {@link Jobs#start} names it: 1 to 64 of a-z, 0-9, - */
    String name();

    /**
     * Does the next part of the work.
     *
     * @param job     the job's parameters and what the last part returned
     * @param context the host services for this plugin
     * @return how far the work got, and what the next part needs
     * @throws Exception any failure: the job stops as failed, with the message in its report, and is not retried
     */
    JobStep next(JobState job, PluginContext context) throws Exception;
}
