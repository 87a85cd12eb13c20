package org.policygraph.harvest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Fetches the written questions of a date range into a folder: finds them through the search API,
 * then per question its detail (as JSON) and its PDFs, and the asker's member record. A question
 * whose search hit is unchanged and whose files are all there is skipped without a request; a
 * question left half-way by an earlier run fetches only its missing files; a changed question
 * fetches its detail and PDFs again. A bad response fails its question only: the harvest goes on,
 * and the question is tried again next run.
 * <pre>{@code
 * try (ApiClient client = new ApiClient(ClientSettings.polite())) {
 *     HarvestReport r = new Harvester(client, new ApiPaths(ApiPaths.PARLIAMENT), folder, progress)
 *             .harvest(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), Optional.empty(), false);
 * }
 * }</pre>
 */
public final class Harvester {

    private final ApiClient client;
    private final ApiPaths paths;
    private final HarvestFolder folder;
    private final Consumer<String> progress;

    public Harvester(ApiClient client, ApiPaths paths, Path out, Consumer<String> progress) {
        this.client = client;
        this.paths = paths;
        this.folder = new HarvestFolder(out);
        this.progress = progress;
    }

    /** Harvests the questions published from {@code from} to {@code to}; a dry run lists what it would fetch. */
    public HarvestReport harvest(LocalDate from, LocalDate to, Optional<String> legislature, boolean dryRun) {
        HarvestReport report = new HarvestReport();
        List<SearchHit> hits = new SearchPager(client, paths, legislature, report::warn).hits(from, to);
        report.found(hits.size());
        progress.accept("Found " + hits.size() + " written questions published " + from + " to " + to);
        try (HarvestJournal journal = HarvestJournal.open(folder.root())) {
            Set<String> members = new LinkedHashSet<>();
            int n = 0;
            for (SearchHit hit : hits) {
                n++;
                String at = "[" + n + "/" + hits.size() + " " + (100 * n / hits.size()) + "%] " + hit.id() + " ";
                if (journal.upToDate(hit)) {
                    report.skip();
                    continue;
                }
                if (dryRun) {
                    report.wouldFetch(hit.id());
                    progress.accept(at + "would fetch " + paths.question(hit.id()));
                    continue;
                }
                try {
                    int pdfs = question(hit, journal, members, report);
                    report.fetch(pdfs);
                    progress.accept(at + "fetched (" + pdfs + " PDF" + (pdfs == 1 ? "" : "s") + ")");
                } catch (HarvestException | java.io.UncheckedIOException e) {
                    report.failed(hit.id(), e.getMessage());
                    journal.failed(hit.id(), e.getMessage());
                    progress.accept(at + "failed: " + e.getMessage());
                }
            }
        }
        return report;
    }

    /** Fetches one question; returns the number of PDFs downloaded. */
    private int question(SearchHit hit, HarvestJournal journal, Set<String> membersThisRun, HarvestReport report) {
        boolean changed = journal.question(hit.id()).map(HarvestJournal.QuestionState::done).orElse(false);
        ApiClient.Body body = client.json(paths.question(hit.id()));
        String json = body.text();
        QuestionRecord record = RecordReader.question(json, hit.id());
        String recordPath = folder.record(hit.id());
        folder.write(recordPath, body.bytes());
        List<String> saved = new ArrayList<>(List.of(recordPath));
        List<String> problems = new ArrayList<>();
        int pdfs = 0;
        for (String url : record.files()) {
            Optional<String> have = journal.file(url);
            if (have.isPresent() && !changed) {
                saved.add(have.get());
                continue;
            }
            try {
                byte[] pdf = client.pdf(URI.create(url)).bytes();
                if (!isPdf(pdf))
                    throw new HarvestException(url + ": not a PDF (" + pdf.length + " bytes)");
                String path = folder.pdf(hit.id(), url);
                if (!sameContent(path, pdf)) {
                    folder.write(path, pdf);
                    pdfs++;
                }
                journal.fileSaved(hit.id(), url, path);
                saved.add(path);
            } catch (HarvestException | IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        record.asker().flatMap(PersonRef::id).filter(membersThisRun::add).ifPresent(id -> member(id, report));
        if (!problems.isEmpty())
            throw new HarvestException(String.join("; ", problems) + " (the record and " + (saved.size() - 1)
                    + " other file(s) are kept; the next run tries again)");
        journal.done(hit, saved);
        return pdfs;
    }

    /** Saves the asker's member record when missing; a failure here fails no question. */
    private void member(String id, HarvestReport report) {
        String path = folder.member(id);
        if (Files.isRegularFile(folder.root().resolve(path)))
            return;
        try {
            ApiClient.Body body = client.json(paths.member(id));
            RecordReader.member(body.text(), id);
            folder.write(path, body.bytes());
        } catch (HarvestException e) {
            report.warn("member " + id + " not saved: " + e.getMessage());
        }
    }

    private boolean sameContent(String path, byte[] bytes) {
        Path p = folder.root().resolve(path);
        try {
            return Files.isRegularFile(p) && java.util.Arrays.equals(Files.readAllBytes(p), bytes);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length > 4 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }
}
