package org.policygraph.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.policygraph.diagnostic.Diagnostic;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Severity;

import org.policygraph.model.DocumentKind;
import org.policygraph.rdf.Iris;

/**
 * What one ingest run did: documents added, replaced, moved (renamed files), skipped as unchanged
 * or as duplicates of stored content, removed or kept for deleted files, and failed (with the
 * file and the reason), counts per document kind, and the triples written.
 */
public final class IngestReport {

    /** A document that could not be ingested, and why. */
    public record Failure(String file, String reason) {
        @Override
        public String toString() {
            return file + ": " + reason;
        }
    }

    /** A stored document moved to another key because its file was renamed (not read again). */
    public record Move(String from, String to, String file) {
        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    /**
     * A file left out because its content is already stored under another key: the same document
     * is stored and counted once.
     *
     * @param file       the file left out
     * @param key        the key it would have had
     * @param storedAs   the key the content is stored under
     * @param storedFrom the file that key was read from ("" when the store does not know it)
     */
    public record Duplicate(String file, String key, String storedAs, String storedFrom) {
        /** The duplicate as a diagnostic naming both paths. */
        public Diagnostic diagnostic() {
            String other = storedFrom.isEmpty() ? storedAs : storedAs + " (" + storedFrom + ")";
            return new Diagnostic(Severity.WARNING, DiagnosticCode.DUPLICATE_CONTENT,
                    file + " has the same content as " + other + "; stored once, as " + storedAs,
                    Optional.empty(), 0, 0);
        }

        @Override
        public String toString() {
            return diagnostic().message();
        }
    }

    /** The document of a file that is gone, kept or removed as the run was told. */
    public record Deletion(String key, String file, boolean removed) {
        @Override
        public String toString() {
            String graph = Iris.documentGraph(key).getURI();
            return removed ? "removed graph " + graph + " of deleted file " + file
                    : "kept graph " + graph + " of deleted file " + file + "; use --remove-deleted to remove";
        }
    }

    private final List<String> added = new ArrayList<>();
    private final List<Move> moved = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final List<Deletion> deletions = new ArrayList<>();
    private final List<String> replaced = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();
    private int unread;
    private final List<Failure> failures = new ArrayList<>();
    private final Map<DocumentKind, Integer> kinds = new EnumMap<>(DocumentKind.class);
    private final Map<String, Integer> issues = new TreeMap<>();
    private long triples;
    private Duration duration = Duration.ZERO;
    private boolean bulk;
    private final Map<String, Duration> phases = new LinkedHashMap<>();

    /** A run that could not start (for example a folder that cannot be listed). */
    static IngestReport failedRun(String what, String reason) {
        IngestReport r = new IngestReport();
        r.failed(what, reason);
        return r;
    }

    synchronized void added(String key, DocumentKind kind, long tripleCount) {
        added.add(key);
        counted(kind, tripleCount);
    }

    synchronized void replaced(String key, DocumentKind kind, long tripleCount) {
        replaced.add(key);
        counted(kind, tripleCount);
    }

    synchronized void unchanged(String key) {
        unchanged.add(key);
    }

    /** An unchanged file known by its size and times (modification, change), not read. */
    synchronized void unchangedUnread(String key) {
        unchanged.add(key);
        unread++;
    }

    synchronized void moved(Move m) {
        moved.add(m);
    }

    synchronized void duplicate(Duplicate d) {
        duplicates.add(d);
    }

    synchronized void deleted(Deletion d) {
        deletions.add(d);
    }

    synchronized void failed(String file, String reason) {
        failures.add(new Failure(file, reason));
    }

    synchronized void bulk(boolean b) {
        this.bulk = b;
    }

    /** True when this run built an empty store through the bulk loader. */
    public synchronized boolean bulk() {
        return bulk;
    }

    /** Adds {@code d} to the time of step {@code name} of this run. */
    synchronized void phase(String name, Duration d) {
        phases.merge(name, d, Duration::plus);
    }

    /**
     * Wall time of the run's steps that were timed, in the order first timed: where a bulk build
     * spends its time (some overlap, as named).
     */
    public synchronized Map<String, Duration> phases() {
        return new LinkedHashMap<>(phases);
    }

    synchronized void duration(Duration d) {
        this.duration = d;
    }

    /** How long the run took, from discovery to the last commit. */
    public synchronized Duration duration() {
        return duration;
    }

    /** Counts the diagnostics of a document written, per code, leaving out the routine ones. */
    synchronized void diagnostics(List<Diagnostic> reported) {
        for (Diagnostic d : reported)
            if (d.severity() != Severity.INFO || d.code() != DiagnosticCode.KIND_CHOSEN)
                issues.merge(d.code().id(), 1, Integer::sum);
    }

    /** How many diagnostics of each code the documents written had (kind-chosen not counted). */
    public synchronized Map<String, Integer> issues() {
        return Collections.unmodifiableMap(new TreeMap<>(issues));
    }

    private void counted(DocumentKind kind, long tripleCount) {
        kinds.merge(kind, 1, Integer::sum);
        triples += tripleCount;
    }

    /** Keys of documents new to the store. */
    public synchronized List<String> added() {
        return List.copyOf(added);
    }

    /** Keys of documents whose graph was replaced because the file changed. */
    public synchronized List<String> replaced() {
        return List.copyOf(replaced);
    }

    /** How many of the {@link #unchanged} files were known by their size and times, without being read. */
    public synchronized int unchangedUnread() {
        return unread;
    }

    /** Keys of documents skipped because the file was unchanged. */
    public synchronized List<String> unchanged() {
        return List.copyOf(unchanged);
    }

    /** Documents moved to a new key because their file was renamed. */
    public synchronized List<Move> moved() {
        return List.copyOf(moved);
    }

    /** Files left out because their content is already stored under another key. */
    public synchronized List<Duplicate> duplicates() {
        return List.copyOf(duplicates);
    }

    /** Documents of files that are gone, kept or removed. */
    public synchronized List<Deletion> deletions() {
        return List.copyOf(deletions);
    }

    /** True when this run changed the store: something added, replaced, moved or removed. */
    public synchronized boolean changedStore() {
        return !added.isEmpty() || !replaced.isEmpty() || !moved.isEmpty()
                || deletions.stream().anyMatch(Deletion::removed);
    }

    /** Documents that failed, each with file and reason. */
    public synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** Documents written in this run, per kind. */
    public synchronized Map<DocumentKind, Integer> kinds() {
        return Collections.unmodifiableMap(new EnumMap<>(kinds));
    }

    /** Triples written in this run. */
    public synchronized long triples() {
        return triples;
    }

    /** True when no document failed. */
    public synchronized boolean ok() {
        return failures.isEmpty();
    }

    /** One-paragraph summary for people. */
    public synchronized String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Ingested %d new, %d replaced, %d unchanged, %d failed; %d triples in %.1f s",
                added.size(), replaced.size(), unchanged.size(), failures.size(), triples,
                duration.toMillis() / 1000.0));
        if (unread > 0)
            sb.append("\nUnchanged and not read (the size and file times they had when stored): ").append(unread)
                    .append("; touch a file to have it read");
        if (!moved.isEmpty())
            sb.append("\nMoved (renamed files, not read again): ").append(moved.size()).append(": ")
                    .append(String.join(", ", moved.stream().map(Move::toString).toList()));
        if (!duplicates.isEmpty())
            sb.append("\nSame content under two paths, stored once: ").append(duplicates.size())
                    .append(" (").append(DiagnosticCode.DUPLICATE_CONTENT.id()).append(", each named above)");
        if (!deletions.isEmpty())
            sb.append("\nDeleted files: ").append(String.join("; ", deletions.stream().map(Deletion::toString).toList()));
        if (!kinds.isEmpty()) {
            sb.append("\nBy kind:");
            kinds.forEach((k, n) -> sb.append(' ').append(k.label()).append('=').append(n));
        }
        if (!issues.isEmpty()) {
            sb.append("\nDiagnostics:");
            issues.forEach((code, n) -> sb.append(' ').append(code).append('=').append(n));
            sb.append(" (policygraph parse --explain FILE shows them)");
        }
        return sb.toString();
    }
}
