package org.agora.generator;

import jakarta.batch.runtime.context.JobContext;
import java.time.Instant;
import java.util.Properties;

/** What the generator job's steps read from its parameters: the company and the ids it starts after. */
record Job(Company company, long personBase, long spaceBase, long postBase, long commentBase) {

    static final String NAME = "company-generator";

    static Job of(JobContext context) {
        Properties p = jakarta.batch.runtime.BatchRuntime.getJobOperator().getParameters(context.getExecutionId());
        Company company = new Company(CompanySize.of(p), Instant.ofEpochMilli(Long.parseLong(p.getProperty("until"))));
        return new Job(company, base(p, "personBase"), base(p, "spaceBase"), base(p, "postBase"),
                base(p, "commentBase"));
    }

    private static long base(Properties p, String name) {
        return Long.parseLong(p.getProperty(name, "0"));
    }

    long person(int index) {
        return personBase + index + 1;
    }

    long space(int index) {
        return spaceBase + index + 1;
    }

    long post(long index) {
        return postBase + index + 1;
    }

    long comment(long index) {
        return commentBase + index + 1;
    }
}
