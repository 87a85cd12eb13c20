package org.policygraph.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.rdf.Iris;

/**
 * A REFNIS code list (Statbel's {@code TU_COM_REFNIS.txt}) with validity dates, optionally amended
 * by a merger list ({@code fusies-2025.csv}), that finds the code a place name had on a date.
 * <pre>{@code
 * NisCodeList list = NisCodeList.read(List.of(Path.of("TU_COM_REFNIS.txt"), Path.of("fusies-2025.csv")));
 * NisCodeList.Lookup l = list.lookup(PlaceLevel.MUNICIPALITY, "Moerbeke", Optional.of(LocalDate.of(2023, 3, 3)));
 * }</pre>
 */
public final class NisCodeList {

    /** Header of a REFNIS file, first column: "LVL_REFNIS|CD_REFNIS|...". */
    static final String REFNIS_HEADER = "LVL_REFNIS|";
    /** Header of a merger list, first column: "Fuserende gemeenten,". */
    static final String MERGER_HEADER = "Fuserende gemeenten";
    /** The Flemish Region. */
    public static final String FLEMISH_REGION = "02000";

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A name with its code in a merger list: "Moerbeke (44045)", "Beveren-Kruibeke-Zwijndrecht (voorlopige naam) (46030)". */
    private static final Pattern NAMED_CODE = Pattern.compile("(.+?)\\s*\\((\\d{5})\\)\\s*$");
    /** The year in a merger list's file name: "fusies-2025.csv". */
    private static final Pattern MERGER_YEAR = Pattern.compile("(\\d{4})");
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private final List<NisEntry> entries;
    private final Map<String, List<NisEntry>> byName = new HashMap<>();
    private final Map<String, List<NisEntry>> byCode = new HashMap<>();
    private final List<String> sources;

    private NisCodeList(List<NisEntry> entries, List<String> sources) {
        this.entries = List.copyOf(entries);
        this.sources = List.copyOf(sources);
        for (NisEntry e : this.entries) {
            byName.computeIfAbsent(key(e.level(), e.baseName()), k -> new ArrayList<>()).add(e);
            byCode.computeIfAbsent(e.code(), k -> new ArrayList<>()).add(e);
        }
    }

    /** An empty list: every lookup finds nothing. */
    public static NisCodeList empty() {
        return new NisCodeList(List.of(), List.of());
    }

    /** Whether {@code file} starts like a REFNIS list or a merger list. */
    public static boolean recognises(Path file) {
        String first = firstLine(file);
        return first.startsWith(REFNIS_HEADER) || first.startsWith(MERGER_HEADER);
    }

    /** Reads REFNIS lists and then applies merger lists, in that order whatever order they are given. */
    public static NisCodeList read(List<Path> files) {
        List<NisEntry> entries = new ArrayList<>();
        List<Path> mergers = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Path f : files) {
            String first = firstLine(f);
            if (first.startsWith(REFNIS_HEADER))
                entries.addAll(readRefnis(f));
            else if (first.startsWith(MERGER_HEADER))
                mergers.add(f);
            else
                throw new IllegalArgumentException(f + ": neither a REFNIS list (header 'LVL_REFNIS|...') nor a merger list");
            sources.add(f.getFileName().toString());
        }
        for (Path m : mergers)
            applyMergers(entries, m);
        return new NisCodeList(entries, sources);
    }

    /** Whether the list has any entries. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The file names the list was read from. */
    public List<String> sources() {
        return sources;
    }

    /** What a lookup found: one entry, several (ambiguous), or none. */
    public record Lookup(List<NisEntry> candidates) {
        /** The single entry, when exactly one was found. */
        public Optional<NisEntry> single() {
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        }
    }

    /**
     * The entries of this level whose name is {@code name} and that were valid on {@code date}; without
     * a date, the entries still valid at the end of the list, or else all with that name.
     */
    public Lookup lookup(PlaceLevel level, String name, Optional<LocalDate> date) {
        List<NisEntry> named = byName.getOrDefault(key(level, name), List.of());
        List<NisEntry> found = date.map(d -> named.stream().filter(e -> e.validOn(d)).toList())
                .orElseGet(() -> {
                    List<NisEntry> open = named.stream().filter(e -> e.until().equals(OPEN_END)).toList();
                    return open.isEmpty() ? named : open;
                });
        // The same code may be listed twice (a changed parent); one code is one answer.
        Map<String, NisEntry> byItsCode = new java.util.TreeMap<>();
        for (NisEntry e : found)
            byItsCode.merge(e.code(), e, (a, b) -> a.from().isAfter(b.from()) ? a : b);
        return new Lookup(List.copyOf(byItsCode.values()));
    }

    /** Whether the entry lies in the Flemish Region on {@code date} (or, without a date, at its own end). */
    public boolean isFlemish(NisEntry entry, Optional<LocalDate> date) {
        NisEntry current = entry;
        for (int depth = 0; depth < 5; depth++) {
            if (current.code().equals(FLEMISH_REGION))
                return true;
            if (current.parent().isEmpty())
                return false;
            LocalDate on = date.orElse(current.until());
            List<NisEntry> parents = byCode.getOrDefault(current.parent().get(), List.of());
            Optional<NisEntry> parent = parents.stream().filter(e -> e.validOn(on)).findFirst()
                    .or(() -> parents.stream().findFirst());
            if (parent.isEmpty())
                return false;
            current = parent.get();
        }
        return false;
    }

    private static String key(PlaceLevel level, String name) {
        return level + "|" + Iris.slug(name);
    }

    private static String firstLine(Path f) {
        try {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0).replace("\uFEFF", "").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static List<NisEntry> readRefnis(Path f) {
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + f + ": " + e.getMessage(), e);
        }
        List<NisEntry> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty())
                continue;
            String[] c = line.split("\\|", -1);
            if (c.length < 8)
                throw new IllegalArgumentException(f + " line " + (i + 1) + ": expected 8 columns, found " + c.length + ": '" + line + "'");
            try {
                Optional<String> parent = c[2].strip().equals("-") || c[2].isBlank() ? Optional.empty() : Optional.of(c[2].strip());
                out.add(new NisEntry(PlaceLevel.of(c[0]), c[1].strip(), parent, c[5].strip(),
                        LocalDate.parse(c[6].strip(), DMY), LocalDate.parse(c[7].strip(), DMY)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(f + " line " + (i + 1) + ": " + e.getMessage() + ": '" + line + "'", e);
            }
        }
        return out;
    }

    /**
     * Applies a merger list: old codes end the day before the merger year, new codes start on 1 January
     * of it, in the arrondissement their first two digits name. A code that survives ("Antwerpen (11002)")
     * is left alone.
     */
    private static void applyMergers(List<NisEntry> entries, Path f) {
        Matcher year = MERGER_YEAR.matcher(f.getFileName().toString());
        if (!year.find())
            throw new IllegalArgumentException(f + ": a merger list needs its year in the file name (fusies-2025.csv)");
        LocalDate start = LocalDate.of(Integer.parseInt(year.group(1)), 1, 1);
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + f + ": " + e.getMessage(), e);
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty())
                continue;
            String[] sides = line.split(",\\s*\\t", 2);
            if (sides.length != 2)
                throw new IllegalArgumentException(f + " line " + (i + 1) + ": expected 'old + old,<TAB>new': '" + line + "'");
            Matcher to = NAMED_CODE.matcher(sides[1].strip());
            if (!to.matches())
                throw new IllegalArgumentException(f + " line " + (i + 1) + ": no 'Name (code)' in '" + sides[1] + "'");
            String newCode = to.group(2);
            String newName = to.group(1).replaceAll("\\s*\\(voorlopige naam\\)", "").strip();
            Set<String> oldCodes = new LinkedHashSet<>();
            for (String part : sides[0].split("\\+")) {
                Matcher from = NAMED_CODE.matcher(part.strip());
                if (!from.matches())
                    throw new IllegalArgumentException(f + " line " + (i + 1) + ": no 'Name (code)' in '" + part + "'");
                oldCodes.add(from.group(2));
            }
            for (int k = 0; k < entries.size(); k++) {
                NisEntry e = entries.get(k);
                if (e.level() == PlaceLevel.MUNICIPALITY && oldCodes.contains(e.code()) && !e.code().equals(newCode)
                        && e.until().isAfter(start.minusDays(1)))
                    entries.set(k, new NisEntry(e.level(), e.code(), e.parent(), e.name(), e.from(), start.minusDays(1)));
            }
            boolean exists = entries.stream().anyMatch(e -> e.code().equals(newCode) && e.validOn(start));
            if (!exists)
                entries.add(new NisEntry(PlaceLevel.MUNICIPALITY, newCode, Optional.of(newCode.substring(0, 2) + "000"),
                        newName, start, OPEN_END));
        }
    }

    /** All entries, sorted by code and start (for reports and tests). */
    public List<NisEntry> entries() {
        List<NisEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(NisEntry::code).thenComparing(NisEntry::from));
        return Collections.unmodifiableList(sorted);
    }
}
