/**
 * The time one document's work may take, checked by the work itself: {@link
 * org.policygraph.deadline.WorkDeadline} holds the current thread's deadline, {@link
 * org.policygraph.deadline.WatchedText} lets a regular expression notice it, and {@link
 * org.policygraph.deadline.DeadlinePassedException} unwinds the work when it has passed. Outside a
 * deadline every check is a no-op, so the parsers cost the same when used on their own. {@link
 * org.policygraph.deadline.StartScan} tries a pattern only where a match can start, and {@link
 * org.policygraph.deadline.PatternSpace} reads whitespace as a pattern does, for the scans written
 * by hand that must find what the pattern finds.
 */
package org.policygraph.deadline;
