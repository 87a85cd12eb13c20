package org.policygraph.lang;

/** How an item label counts: numbers, letters, roman numerals, or a bullet that does not count. */
public enum LabelStyle {
    /** "1.", "1)", "(1)", "1°", "9-11". */
    ARABIC,
    /** "a)", "(a)", "a.", "b-c+f)". */
    LOWER_LETTER,
    /** "A.", "A)". */
    UPPER_LETTER,
    /** "i.", "iv)", "(ii)". */
    LOWER_ROMAN,
    /** "I.", "II)". */
    UPPER_ROMAN,
    /** "•", "▪", "o", "-", "–", "*", U+F0B7: an item without a number. */
    BULLET;

    /** Whether labels of this style carry a number (everything but bullets). */
    public boolean counts() {
        return this != BULLET;
    }
}
