package org.policygraph.harvest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a harvest did: questions found, fetched, skipped (up to date), failed with the reason per question. */
public final class HarvestReport {

    private int found;
    private int fetched;
    private int skipped;
    private int files;
    private final List<String> wouldFetch = new ArrayList<>();
    private final Map<String, String> failed = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    synchronized void found(int n) {
        found += n;
    }

    synchronized void fetch(int pdfs) {
        fetched++;
        files += pdfs;
    }

    synchronized void skip() {
        skipped++;
    }

    synchronized void wouldFetch(String id) {
        wouldFetch.add(id);
    }

    /** Records a question that failed, with its reason. */
    public synchronized void failed(String id, String reason) {
        failed.put(id, reason);
    }

    /** Records something worth knowing that failed no question (a member not fetched, a hit without id). */
    public synchronized void warn(String message) {
        warnings.add(message);
    }

    public synchronized int found() {
        return found;
    }

    public synchronized int fetched() {
        return fetched;
    }

    public synchronized int skipped() {
        return skipped;
    }

    /** PDFs downloaded. */
    public synchronized int files() {
        return files;
    }

    /** The ids a dry run would fetch. */
    public synchronized List<String> wouldFetch() {
        return List.copyOf(wouldFetch);
    }

    /** Failed questions and why, in the order they failed. */
    public synchronized Map<String, String> failures() {
        return new LinkedHashMap<>(failed);
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Whether no question failed. */
    public synchronized boolean ok() {
        return failed.isEmpty();
    }

    /** One line: {@code Harvested: 120 found, 30 fetched (41 PDFs), 88 skipped (up to date), 2 failed}. */
    public synchronized String summary() {
        return String.format("Harvested: %d found, %d fetched (%d PDFs), %d skipped (up to date), %d failed%s", found, fetched,
                files, skipped, failed.size(), wouldFetch.isEmpty() ? "" : ", " + wouldFetch.size() + " to fetch (dry run)");
    }
}
