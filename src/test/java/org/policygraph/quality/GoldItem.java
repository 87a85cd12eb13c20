package org.policygraph.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a {@code gold.tsv}: an item a careful reader finds in a document, by its class and
 * the passage it stands at (the {@code occurrence}-th time that passage occurs in the text).
 */
record GoldItem(String file, String cls, String quote, int occurrence) {

    /** The lines of a gold file, comments ({@code #}) and blank lines left out. */
    static List<GoldItem> read(Path tsv) throws IOException {
        List<GoldItem> items = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(tsv)) {
            n++;
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] f = line.split("\t");
            if (f.length < 3)
                throw new IllegalArgumentException(tsv + ":" + n + ": expected file, class and quote separated by tabs");
            items.add(new GoldItem(f[0], f[1], f[2], f.length > 3 ? Integer.parseInt(f[3].trim()) : 1));
        }
        return items;
    }

    /** Where the quote stands in {@code text}, as [begin, end); a gold line that does not fit its text is an error. */
    int[] locate(String text) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(quote, at + 1);
            if (at < 0)
                throw new IllegalArgumentException("gold quote not in " + file + " (occurrence " + occurrence + "): \"" + quote + "\"");
        }
        return new int[] {at, at + quote.length()};
    }
}
