/**
 * The administrators' dashboard: how many people use Agora, how much they wrote this week, whether the
 * installation is healthy, and how the last batch jobs (imports, generator, erasures, exports) ended.
 */
package org.agora.dashboard;
