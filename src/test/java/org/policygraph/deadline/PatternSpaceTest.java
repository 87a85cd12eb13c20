package org.policygraph.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written scans read whitespace as the patterns of the same rules do, for every character. */
class PatternSpaceTest {

    @Test
    void isReadsWhatBackslashSMatches() {
        Pattern space = Pattern.compile("\\s");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int ch = c;
            assertEquals(space.matcher(String.valueOf((char) c)).matches(), PatternSpace.is(c), () -> "U+" + Integer.toHexString(ch));
        }
    }

    @Test
    void isInLineReadsWhatSpaceOtherThanALineFeedMatches() {
        Pattern space = Pattern.compile("[^\\S\\n]");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int ch = c;
            assertEquals(space.matcher(String.valueOf((char) c)).matches(), PatternSpace.isInLine(c), () -> "U+" + Integer.toHexString(ch));
        }
    }
}
