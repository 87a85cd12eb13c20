package org.policygraph.layout;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.policygraph.lang.ItemLabels;
import org.policygraph.lang.LabelStyle;

/**
 * The labels Word displays before numbered paragraphs, counted as Word counts them: one counter per
 * level of each list definition (numbering instances sharing a definition continue each other
 * unless one overrides its start), deeper levels restarting when a higher level counts on, the
 * label written by the level's text ("%1.", "%1.%2)", "(%1)") in each level's number format.
 * <pre>{@code
 * DocxNumbering numbering = new DocxNumbering(doc.getNumbering());
 * numbering.next(numId, 0)   // Label[text=1., style=ARABIC]; the next call: 2.
 * }</pre>
 */
final class DocxNumbering {

    /** Levels Word defines per list. */
    private static final int LEVELS = 9;

    /** A displayed label ("1.", "b)", "iii.", "2.1", "•"; empty for a level numbered "none") and how it counts. */
    record Label(String text, LabelStyle style) {
    }

    private final XWPFNumbering numbering;
    /** Per list definition: the current number of each level, null when the level has not counted yet. */
    private final Map<BigInteger, Integer[]> counters = new HashMap<>();
    private final Set<BigInteger> started = new HashSet<>();

    DocxNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** Counts one paragraph of numbering instance {@code numId} at level {@code ilvl} and returns its label. */
    Optional<Label> next(BigInteger numId, int ilvl) {
        if (numbering == null || numId == null || numId.signum() == 0 || ilvl < 0 || ilvl >= LEVELS)
            return Optional.empty();
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null)
            return Optional.empty();
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum definition = numbering.getAbstractNum(abstractId);
        if (definition == null)
            return Optional.empty();
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : definition.getCTAbstractNum().getLvlArray())
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() >= 0 && lvl.getIlvl().intValue() < LEVELS)
                levels[lvl.getIlvl().intValue()] = lvl;
        Integer[] count = counters.computeIfAbsent(abstractId, k -> new Integer[LEVELS]);
        if (started.add(numId))
            for (CTNumLvl override : num.getCTNum().getLvlOverrideArray())
                if (override.getStartOverride() != null && override.getIlvl() != null
                        && override.getIlvl().intValue() < LEVELS)
                    count[override.getIlvl().intValue()] = override.getStartOverride().getVal().intValue() - 1;
        count[ilvl] = count[ilvl] == null ? start(levels[ilvl]) : count[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++)
            count[deeper] = null;
        CTLvl level = levels[ilvl];
        String format = format(level);
        if (format.equals("bullet"))
            return Optional.of(new Label("•", LabelStyle.BULLET));
        if (format.equals("none"))
            return Optional.of(new Label("", styleOf(format)));
        String text = level != null && level.getLvlText() != null && level.getLvlText().getVal() != null
                ? level.getLvlText().getVal() : "%" + (ilvl + 1) + ".";
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int l = text.charAt(i + 1) - '1';
                int n = count[l] == null ? start(levels[l]) : count[l];
                label.append(number(n, format(levels[l])));
                i++;
            } else {
                label.append(c);
            }
        }
        return Optional.of(new Label(label.toString().strip(), styleOf(format)));
    }

    private static int start(CTLvl level) {
        return level != null && level.getStart() != null ? level.getStart().getVal().intValue() : 1;
    }

    private static String format(CTLvl level) {
        return level != null && level.getNumFmt() != null && level.getNumFmt().getVal() != null
                ? level.getNumFmt().getVal().toString() : "decimal";
    }

    private static LabelStyle styleOf(String format) {
        return switch (format) {
            case "lowerLetter" -> LabelStyle.LOWER_LETTER;
            case "upperLetter" -> LabelStyle.UPPER_LETTER;
            case "lowerRoman" -> LabelStyle.LOWER_ROMAN;
            case "upperRoman" -> LabelStyle.UPPER_ROMAN;
            case "bullet", "none" -> LabelStyle.BULLET;
            default -> LabelStyle.ARABIC;
        };
    }

    /** A number as a level of {@code format} writes it; letters past z double, as in Word ("aa"). */
    private static String number(int n, String format) {
        LabelStyle style = styleOf(format);
        if (n <= 0 || format.equals("none") || format.equals("bullet"))
            return format.equals("none") ? "" : Integer.toString(Math.max(n, 0));
        if (style == LabelStyle.LOWER_LETTER || style == LabelStyle.UPPER_LETTER)
            return ItemLabels.member((n - 1) % 26 + 1, style).repeat((n - 1) / 26 + 1);
        if (format.equals("decimalZero") && n < 10)
            return "0" + n;
        return ItemLabels.member(n, style);
    }
}
