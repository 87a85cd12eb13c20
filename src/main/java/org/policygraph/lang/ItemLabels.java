package org.policygraph.lang;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Item labels at the start of a line (interim version, replaced by the language layer). */
public final class ItemLabels {

    private static final Pattern LABEL = Pattern.compile(
            "^(?:(\\d{1,2})[.)°]|\\((\\d{1,2})\\)|([a-z](?: ?[-+] ?[a-z]){0,8})\\)|\\(([a-z])\\)|(i{1,3}|iv|vi{0,3}|ix|x)\\.|([•▪‣◦·*–-]|o))(?= |$)");

    private ItemLabels() {
    }

    /** The label at the start of {@code line}, if any. */
    public static Optional<ItemLabel> atStart(CharSequence line) {
        Matcher m = LABEL.matcher(line);
        if (!m.find())
            return Optional.empty();
        int end = m.end();
        while (end < line.length() && line.charAt(end) == ' ')
            end++;
        String written = m.group();
        if (m.group(1) != null || m.group(2) != null) {
            String core = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(new ItemLabel(written, core, LabelStyle.ARABIC, List.of(core), end));
        }
        if (m.group(3) != null || m.group(4) != null) {
            String core = (m.group(3) != null ? m.group(3) : m.group(4)).replace(" ", "");
            return Optional.of(new ItemLabel(written, core, LabelStyle.LOWER_LETTER, List.of(core.split("[-+]")), end));
        }
        if (m.group(5) != null)
            return Optional.of(new ItemLabel(written, m.group(5), LabelStyle.LOWER_ROMAN, List.of(m.group(5)), end));
        return Optional.of(new ItemLabel(written, "", LabelStyle.BULLET, List.of(), end));
    }
}
