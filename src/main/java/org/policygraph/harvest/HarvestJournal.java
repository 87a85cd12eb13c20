package org.policygraph.harvest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The harvest's state file ({@value #FILE} in the output folder): one JSON object a line, appended
 * and flushed as each file is saved and as each question ends, so that a harvest killed at any
 * moment loses at most the line it was writing, which is ignored on reading. The last line about a
 * question or a file wins. A second run asks it what is done and fetches the rest.
 */
public final class HarvestJournal implements AutoCloseable {

    /** The state file's name. */
    public static final String FILE = "harvest-state.jsonl";

    /** What the journal knows of a question: its hit's fingerprint when done, the reason when it failed. */
    public record QuestionState(boolean done, String fingerprint, List<String> files, String reason) {
    }

    private final Path folder;
    private final Map<String, QuestionState> questions = new HashMap<>();
    private final Map<String, String> files = new HashMap<>();
    private final BufferedWriter writer;

    private HarvestJournal(Path folder) {
        this.folder = folder;
        Path file = folder.resolve(FILE);
        try {
            Files.createDirectories(folder);
            if (Files.exists(file))
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8))
                    replay(line);
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the state file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens (or starts) the journal of {@code folder}. */
    public static HarvestJournal open(Path folder) {
        return new HarvestJournal(folder);
    }

    private void replay(String line) {
        JsonObject o;
        try {
            o = JSON.parse(line);
        } catch (RuntimeException e) {
            return; // a line cut by a kill
        }
        Optional<String> q = JsonValues.text(o, "question");
        Optional<String> url = JsonValues.text(o, "url");
        if (url.isPresent() && JsonValues.text(o, "path").isPresent())
            files.put(url.get(), JsonValues.text(o, "path").get());
        else if (q.isPresent())
            questions.put(q.get(), new QuestionState("done".equals(JsonValues.text(o, "status").orElse("")),
                    JsonValues.text(o, "fingerprint").orElse(""),
                    JsonValues.items(JsonValues.member(o, "files")).stream().flatMap(v -> JsonValues.text(v).stream()).toList(),
                    JsonValues.text(o, "reason").orElse("")));
    }

    /** The state of a question, when the journal has one. */
    public synchronized Optional<QuestionState> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** Whether the question is done with this fingerprint and all its files are still there. */
    public synchronized boolean upToDate(SearchHit hit) {
        QuestionState s = questions.get(hit.id());
        return s != null && s.done() && s.fingerprint().equals(hit.fingerprint())
                && s.files().stream().allMatch(f -> Files.isRegularFile(folder.resolve(f)));
    }

    /** The saved file (relative to the folder) of {@code url}, when it is saved and still there. */
    public synchronized Optional<String> file(String url) {
        return Optional.ofNullable(files.get(url)).filter(f -> Files.isRegularFile(folder.resolve(f)));
    }

    /** Records a saved file. */
    public synchronized void fileSaved(String questionId, String url, String path) {
        files.put(url, path);
        JsonObject o = new JsonObject();
        o.put("question-of-file", questionId);
        o.put("url", url);
        o.put("path", path);
        append(o);
    }

    /** Records a question done, with its hit's fingerprint and its files (JSON and PDFs). */
    public synchronized void done(SearchHit hit, List<String> savedFiles) {
        QuestionState s = new QuestionState(true, hit.fingerprint(), List.copyOf(savedFiles), "");
        questions.put(hit.id(), s);
        JsonObject o = new JsonObject();
        o.put("question", hit.id());
        o.put("status", "done");
        o.put("fingerprint", hit.fingerprint());
        JsonArray a = new JsonArray();
        savedFiles.forEach(f -> a.add(new JsonString(f)));
        o.put("files", a);
        append(o);
    }

    /** Records a question failed, with the reason; a later run tries it again. */
    public synchronized void failed(String id, String reason) {
        QuestionState before = questions.get(id);
        questions.put(id, new QuestionState(false, "", before == null ? List.of() : before.files(), reason));
        JsonObject o = new JsonObject();
        o.put("question", id);
        o.put("status", "failed");
        o.put("reason", reason);
        append(o);
    }

    private void append(JsonValue o) {
        try {
            writer.write(JSON.toStringFlat(o));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the state file in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
