/**
 * Plugins' background jobs: kept in the database part after part, run as a Jakarta Batch job, taken up again after
 * a restart.
 */
package org.agora.plugins.jobs;
