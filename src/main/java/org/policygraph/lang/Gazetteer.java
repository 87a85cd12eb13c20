package org.policygraph.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list kept as a data file beside this class ({@code org/policygraph/lang/<name>.txt}):
 * one entry a line, {@code #} starts a comment, blank lines are skipped. Entries may carry fields
 * separated by a tab or by " | " (a council's name and its abbreviations), see {@link #rows()}.
 * Adding a council, unit or month spelling is adding a line to its file.
 * <pre>{@code
 * Gazetteer months = Gazetteer.of("months");
 * months.containsIgnoreCase("September");   // true
 * }</pre>
 */
public final class Gazetteer {

    private static final ConcurrentHashMap<String, Gazetteer> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final List<List<String>> rows;
    private final List<String> entries;
    private final Set<String> exact;
    private final Set<String> folded;

    private Gazetteer(String name, List<List<String>> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
        List<String> first = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        for (List<String> row : rows) {
            first.add(row.get(0));
            all.addAll(row);
        }
        this.entries = List.copyOf(first);
        this.exact = Collections.unmodifiableSet(all);
        Set<String> f = new LinkedHashSet<>();
        for (String s : all)
            f.add(fold(s));
        this.folded = Collections.unmodifiableSet(f);
    }

    /** The list named {@code name}, loaded once; fails when the data file is missing. */
    public static Gazetteer of(String name) {
        return LOADED.computeIfAbsent(name, Gazetteer::load);
    }

    private static Gazetteer load(String name) {
        String resource = name + ".txt";
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("no word list " + resource + " beside " + Gazetteer.class.getName());
            List<List<String>> rows = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int hash = line.indexOf('#');
                    String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                    if (content.isEmpty())
                        continue;
                    List<String> fields = new ArrayList<>();
                    for (String field : content.split("\t| \\| "))
                        if (!field.isBlank())
                            fields.add(field.strip());
                    rows.add(List.copyOf(fields));
                }
            }
            return new Gazetteer(name, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    /** The name of the list ("councils"). */
    public String name() {
        return name;
    }

    /** The first field of every line, in file order. */
    public List<String> entries() {
        return entries;
    }

    /** Every line as its fields, in file order. */
    public List<List<String>> rows() {
        return rows;
    }

    /** Whether any field of any line is exactly {@code word}. */
    public boolean contains(String word) {
        return exact.contains(word);
    }

    /** Whether any field of any line equals {@code word}, ignoring case. */
    public boolean containsIgnoreCase(String word) {
        return folded.contains(fold(word));
    }

    /** The row's first field for any of its spellings ("Vlaams Brabant" -> "Vlaams-Brabant"); exact match first, then ignoring case. */
    public Optional<String> canonical(String spelling) {
        for (List<String> row : rows)
            if (row.contains(spelling))
                return Optional.of(row.get(0));
        String folded = fold(spelling);
        for (List<String> row : rows)
            for (String field : row)
                if (fold(field).equals(folded))
                    return Optional.of(row.get(0));
        return Optional.empty();
    }

    /** The value in {@code column} of the row whose first field is {@code entry} (a sub-council's council). */
    public Optional<String> field(String entry, int column) {
        for (List<String> row : rows)
            if (row.get(0).equals(entry) && row.size() > column)
                return Optional.of(row.get(column));
        return Optional.empty();
    }

    /**
     * Every spelling (every field of every row, or only the first fields) as a regex alternation,
     * longest first so that "Raad Hoger Onderwijs" wins over a shorter spelling: "(?:A|B|...)".
     */
    public String regex(boolean allFields) {
        Set<String> spellings = allFields ? exact : new LinkedHashSet<>(entries);
        return spellings.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Every spelling (every field of every row, or only the first fields), as {@link #regex} alternates them. */
    public Set<String> spellings(boolean allFields) {
        return Collections.unmodifiableSet(allFields ? exact : new LinkedHashSet<>(entries));
    }

    /**
     * The first character of every spelling (every field of every row, or only the first fields):
     * where a match of {@link #regex} can start.
     */
    public String initials(boolean allFields) {
        StringBuilder out = new StringBuilder();
        for (String s : allFields ? exact : new LinkedHashSet<>(entries))
            if (!s.isEmpty() && out.indexOf(s.substring(0, 1)) < 0)
                out.append(s.charAt(0));
        return out.toString();
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
