package org.policygraph.ingest;

import java.util.HashMap;
import java.util.Map;

import org.policygraph.ingest.Ingester.Outcome;
import org.policygraph.text.SourceFiles.SourceFile;

/**
 * What the files of one run have claimed so far, in the order the run hands them out (so the
 * same files always give the same result): the contents written and the keys moved from. A file
 * new to the store with the same content as an earlier one of the run is a duplicate of it, and
 * so is a second rename of the same stored document.
 */
final class RunClaims {

    private final Map<String, SourceFile> contents = new HashMap<>();
    private final Map<String, SourceFile> movedFrom = new HashMap<>();

    /** The outcome to apply for {@code file}: {@code outcome} itself, or a duplicate of what an earlier file claimed. */
    Outcome settle(SourceFile file, Outcome outcome) {
        switch (outcome) {
            case Outcome.Mapped m -> {
                SourceFile first = contents.putIfAbsent(m.doc().source().sha256(), file);
                // A changed file keeps its key whatever it now holds; only a new key can be a copy.
                if (first != null && !m.replacing())
                    return duplicate(file, first);
            }
            case Outcome.Moved m -> {
                SourceFile first = movedFrom.putIfAbsent(m.from(), file);
                if (first != null)
                    return duplicate(file, first);
                contents.putIfAbsent(m.sha256(), file);
            }
            default -> {
            }
        }
        return outcome;
    }

    /** True when a file of this run took over the document stored under {@code key}. */
    boolean movedFrom(String key) {
        return movedFrom.containsKey(key);
    }

    private static Outcome duplicate(SourceFile file, SourceFile first) {
        return new Outcome.Duplicate(new IngestReport.Duplicate(file.path().toString(), file.key(), first.key(),
                first.path().toString()));
    }
}
