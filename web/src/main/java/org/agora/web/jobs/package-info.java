/** The progress of plugins' background jobs, as their pages follow it. */
package org.agora.web.jobs;
