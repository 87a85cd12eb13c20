package org.policygraph.lang;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Dutch answers to written questions say what kind of response they give, and what a question
 * asks for: the data files {@code response-cues.txt} (an answer that points elsewhere, refers the
 * matter on, or has no data), {@code question-kinds.txt} (a figure for "Hoeveel", a date for
 * "Wanneer", ...) and {@code answer-evidence.txt} (what shows that a sentence gives that kind of
 * information). A new phrasing is a line in one of these files.
 * <pre>{@code
 * ResponseCues.cue("Die gegevens worden niet bijgehouden.");   // NO_DATA at "worden niet bijgehouden"
 * ResponseCues.kind("Wanneer start het project?");             // DATE
 * }</pre>
 */
public final class ResponseCues {

    /** What an answer sentence says instead of answering. */
    public enum Cue {
        /** The answer to another question stands for this one ("Zie vraag 1"). */
        POINTER,
        /** The matter belongs to another minister, level or body ("is een federale bevoegdheid"). */
        REFERRAL,
        /** The information is not kept or not available ("worden niet bijgehouden"). */
        NO_DATA
    }

    /** The kind of information a question sentence asks for. */
    public enum QuestionKind {
        /** A number or amount: "Hoeveel", "Welk bedrag", "Hoe groot". */
        FIGURE,
        /** A date or period: "Wanneer". */
        DATE,
        /** A reason: "Waarom". */
        REASON,
        /** Names or a list: "Welke", "Wie". */
        LIST,
        /** A yes or no, a position: "Is de minister ...", "Overweegt", "Zal". */
        YES_NO,
        /** Anything on the subject: "Hoe", "Wat", "Graag ...". */
        OPEN
    }

    /** A cue found in a sentence, with where its phrase stands (offsets within the sentence). */
    public record Found(Cue cue, int start, int end) {
    }

    /** A pattern of the data files with the words its matches hold, looked for before it is run. */
    private record Phrasing(Pattern pattern, RequiredWords words) {
        static Phrasing of(String regex) {
            return new Phrasing(compile(regex), RequiredWords.of(regex));
        }

        /** Whether the pattern is found in {@code text}, {@code folded} being that text folded. */
        Matcher find(String text, RequiredWords.Folded folded) {
            if (!words.mayMatch(folded))
                return null;
            Matcher m = pattern.matcher(text);
            return m.find() ? m : null;
        }
    }

    private static final Map<Cue, List<Phrasing>> CUES = new EnumMap<>(Cue.class);
    private static final List<Map.Entry<QuestionKind, Pattern>> KINDS = new ArrayList<>();
    private static final Map<QuestionKind, List<Phrasing>> EVIDENCE = new EnumMap<>(QuestionKind.class);

    static {
        for (List<String> row : Gazetteer.of("response-cues").rows()) {
            Cue cue = Cue.valueOf(constant(row.get(0)));
            for (String regex : row.subList(1, row.size()))
                CUES.computeIfAbsent(cue, c -> new ArrayList<>()).add(Phrasing.of(regex));
        }
        for (List<String> row : Gazetteer.of("question-kinds").rows()) {
            QuestionKind kind = QuestionKind.valueOf(constant(row.get(0)));
            for (String regex : row.subList(1, row.size()))
                KINDS.add(Map.entry(kind, compile(regex)));
        }
        for (List<String> row : Gazetteer.of("answer-evidence").rows()) {
            QuestionKind kind = QuestionKind.valueOf(constant(row.get(0)));
            for (String regex : row.subList(1, row.size()))
                EVIDENCE.computeIfAbsent(kind, k -> new ArrayList<>()).add(Phrasing.of(regex));
        }
    }

    private ResponseCues() {
    }

    /** The first cue of {@code sentence}, pointer before referral before missing data. */
    public static Optional<Found> cue(String sentence) {
        String stripped = sentence.strip();
        RequiredWords.Folded folded = RequiredWords.folded(stripped);
        for (Cue cue : Cue.values())
            for (Phrasing p : CUES.getOrDefault(cue, List.of())) {
                Matcher m = p.find(stripped, folded);
                if (m != null) {
                    int lead = sentence.indexOf(stripped);
                    return Optional.of(new Found(cue, lead + m.start(), lead + m.end()));
                }
            }
        return Optional.empty();
    }

    /** What a question sentence asks for, by its opening; empty when it opens no known way. */
    public static Optional<QuestionKind> kind(String questionSentence) {
        String s = questionSentence.strip();
        for (Map.Entry<QuestionKind, Pattern> e : KINDS)
            if (e.getValue().matcher(s).lookingAt())
                return Optional.of(e.getKey());
        return Optional.empty();
    }

    /** Whether {@code sentence} shows by its wording the kind of information asked (dates, reasons, lists, positions). */
    public static boolean evidences(QuestionKind kind, String sentence) {
        String stripped = sentence.strip();
        RequiredWords.Folded folded = RequiredWords.folded(stripped);
        for (Phrasing p : EVIDENCE.getOrDefault(kind, List.of()))
            if (p.find(stripped, folded) != null)
                return true;
        return false;
    }

    private static String constant(String field) {
        return field.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
    }
}
