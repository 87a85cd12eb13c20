package org.policygraph.harvest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The PDFs that belong to a harvest record file: in a folder with one record, every PDF in it; in a
 * folder of many (a flat harvest), those whose names begin with the record's name. Each folder is
 * listed once, and a record's PDFs are found by name range: listing the folder for every record
 * made an import of a flat folder of n records take n listings of 2n files.
 */
final class RecordPdfs {

    /** A folder's PDFs by file name, and how many record files it holds. */
    private record Listing(NavigableMap<String, Path> pdfs, long records) {
    }

    private final Map<Path, Listing> listings = new HashMap<>();

    /** The PDFs of {@code recordFile} ({@code NAME.json}), sorted by name; none when its folder cannot be listed. */
    List<Path> of(Path recordFile) {
        Listing listing = listings.computeIfAbsent(recordFile.toAbsolutePath().getParent(), RecordPdfs::list);
        if (listing.records() <= 1)
            return new ArrayList<>(listing.pdfs().values());
        String base = recordFile.getFileName().toString().replaceFirst("\\.json$", "");
        // Every name that begins with base sorts between base and base followed by the highest character.
        return new ArrayList<>(listing.pdfs().subMap(base, true, base + Character.MAX_VALUE, true).values());
    }

    private static Listing list(Path dir) {
        NavigableMap<String, Path> pdfs = new TreeMap<>();
        long records = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    pdfs.put(name, p);
                else if (name.endsWith(".json"))
                    records++;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Listing(new TreeMap<>(), 0);
        }
        return new Listing(pdfs, records);
    }
}
