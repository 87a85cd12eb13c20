/**
 * The time one document's work may take, checked by the work itself: {@link
 * org.policygraph.deadline.WorkDeadline} holds the current thread's deadline, {@link
 * org.policygraph.deadline.WatchedText} lets a regular expression notice it, and {@link
 * org.policygraph.deadline.DeadlinePassedException} unwinds the work when it has passed. Outside a
 * deadline every check is a no-op, so the parsers cost the same when used on their own.
 */
package org.policygraph.deadline;
