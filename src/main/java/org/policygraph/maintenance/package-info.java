/**
 * Upkeep of a store that is being served for months: compaction when its waste passes a threshold
 * ({@link org.policygraph.maintenance.AutoCompaction}) and backups on request of the
 * {@code backup} command, which cannot open a store a server holds
 * ({@link org.policygraph.maintenance.BackupRequests}).
 */
package org.policygraph.maintenance;
