package org.policygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.policygraph.harvest.HarvestFolder;

/**
 * Writes the Parliament's records ({@code policygraph harvest}'s JSON) of the written questions of
 * a generated corpus, so that the queries over harvested metadata have rows to find: one record per
 * generated question, with the question's number, date, asker and minister as its document gives
 * them (so that the record describes the same question), submitted on its date and answered ten
 * days later, except one in {@code openEvery}, which has no answer date; in a harvest's layout. Such a question is open when
 * its document has no answer either.
 * <pre>{@code
 * new HarvestRecords(new CorpusGenerator(42), 10).write(Path.of("target/bench/records"), 10_000);
 * }</pre>
 */
public final class HarvestRecords {

    private final CorpusGenerator generator;
    private final int openEvery;

    /** Records of {@code generator}'s questions, one in {@code openEvery} without an answer date. */
    public HarvestRecords(CorpusGenerator generator, int openEvery) {
        if (openEvery < 1)
            throw new IllegalArgumentException("openEvery must be positive, not " + openEvery);
        this.generator = generator;
        this.openEvery = openEvery;
    }

    /** Writes the records of documents {@code 0 .. n-1} that are questions into {@code dir}; returns how many. */
    public int write(Path dir, int n) {
        int written = 0;
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < n; i++)
                if (generator.generate(i).expected() instanceof CorpusGenerator.ExpectedQuestion q) {
                    // As a harvest keeps them ({id}/vraag.json): the import lists a record's folder for its PDFs.
                    String id = Integer.toString(100_000 + i);
                    Path file = dir.resolve(new HarvestFolder(dir).record(id));
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, record(id, q, i % openEvery != 0), StandardCharsets.UTF_8);
                    written++;
                }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write records to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static String record(String id, CorpusGenerator.ExpectedQuestion q, boolean answered) {
        StringBuilder sb = new StringBuilder("{\"id\": ").append(id).append(", \"vraagnummer\": \"").append(q.number())
                .append("\", \"vraagsteller\": ").append(person(q.asker()));
        // A question without a header names no minister: the record names none either, or it would describe another question.
        if (q.addressee() != null)
            sb.append(", \"minister\": ").append(person(q.addressee()));
        sb.append(", \"procedureverloop\": [").append(step(q.date(), "Ingediend"));
        if (answered)
            sb.append(", ").append(step(q.date().plusDays(10), "Beantwoord"));
        return sb.append("], \"bestand-ordered\": []}\n").toString();
    }

    /** A person as the API gives one: first name and surname ("Jan", "De Loor"). */
    private static String person(String name) {
        int space = name.indexOf(' ');
        return "{\"voornaam\": \"" + name.substring(0, space) + "\", \"naam\": \"" + name.substring(space + 1) + "\"}";
    }

    private static String step(LocalDate date, String status) {
        return "{\"datum\": \"" + date + "T00:00:00+01:00\", \"status\": \"" + status + "\"}";
    }
}
