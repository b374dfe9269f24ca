/**
 * A generated company for load tests: employees in departments with managers, spaces with skewed memberships and
 * follows, two years of posts with mentions and hashtags, comments, reactions and documents, written by a Jakarta
 * Batch job in chunked JDBC batches, the same company for the same seed and sizes.
 */
package org.agora.generator;
