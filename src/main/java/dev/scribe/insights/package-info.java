/**
 * Insights across incidents: the period and grouping asked for, each incident's marker times, and
 * the distribution of every metric (n recorded of N, median, p90, range) computed in one pass.
 */
package dev.scribe.insights;
