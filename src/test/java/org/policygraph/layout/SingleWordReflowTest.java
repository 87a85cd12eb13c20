package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.policygraph.lang.ItemLabels;

/** Runs of single-word lines joined back, decided from each line of the run as the run stands after it. */
class SingleWordReflowTest {

    @Test
    void aRunOfWordsIsOneLine() {
        SingleWordReflow.Result r = SingleWordReflow.apply(List.of("De", "minister", "antwoordt", "dat", "het", "kan.", "", "Tweede regel"));
        assertEquals(List.of("De minister antwoordt dat het kan.", "", "Tweede regel"), r.lines());
        assertEquals(6, r.linesJoined());
        assertEquals(1, r.runs());
    }

    @Test
    void aRunOpeningWithNumbersIsJoinedFromWhereItsWordsAreEnough() {
        // from "1" four words in seven lines (0.57), from "2" four in six (0.67)
        SingleWordReflow.Result r = SingleWordReflow.apply(List.of("1", "2", "3", "alfa", "beta", "gamma", "delta"));
        assertEquals(List.of("1", "2 3 alfa beta gamma delta"), r.lines());
    }

    @Test
    void aTableOneCellPerLineIsLeftAlone() {
        List<String> lines = new ArrayList<>(List.of("Gemeente", "Aanvragen", "Bedrag"));
        for (int i = 0; i < 300; i++)
            Collections.addAll(lines, "Gemeente" + i, String.valueOf(3 + i % 17), (10 + i % 90) + ".500");
        SingleWordReflow.Result r = SingleWordReflow.apply(lines);
        assertEquals(lines, r.lines());
        assertEquals(0, r.runs());
    }

    /** The rule as first written: each line reads the rest of its run again. */
    private static List<String> reference(List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && !lines.get(end).isEmpty() && lines.get(end).indexOf(' ') < 0
                    && ItemLabels.atStart(lines.get(end)).isEmpty())
                end++;
            long words = lines.subList(i, end).stream()
                    .filter(w -> w.codePoints().filter(Character::isLetter).count() * 2 > w.length()).count();
            if (end - i >= SingleWordReflow.MIN_RUN && (double) words / (end - i) >= 0.6) {
                out.add(String.join(" ", lines.subList(i, end)));
                i = end;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    @Test
    void decidesAsTheRuleAsFirstWrittenOnRandomRuns() {
        String[] pool = {"woord", "Gent", "12", "14.700", "3,5%", "a)", "2.", "", "twee woorden", "x1", "kan.", "•", "é"};
        Random random = new Random(5122026);
        for (int round = 0; round < 2000; round++) {
            List<String> lines = new ArrayList<>();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++)
                lines.add(pool[random.nextInt(random.nextBoolean() ? 4 : pool.length)]);
            assertEquals(reference(lines), SingleWordReflow.apply(lines).lines(), lines.toString());
        }
    }
}
