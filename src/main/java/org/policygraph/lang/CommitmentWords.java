package org.policygraph.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of a commitment in an answer (a statement of future action): its cues
 * ({@code commitment-cues.txt}), the verbs of studying and preparing ({@code planning-verbs.txt}),
 * who acts ({@code commitment-actors.txt} and the names of {@code bodies.txt}), what keeps a statement
 * from being one ({@code commitment-stoppers.txt}) and the words that open a clause
 * ({@code clause-openers.txt}). Every lookup folds case; phrases are lists of lower-case words.
 */
public final class CommitmentWords {

    /** What a cue word does. */
    public enum Cue { FUTURE, PASSIVE, PLANNED, IMPERSONAL, SCHEDULED, INTENTION }

    /** What keeps a statement from being a commitment. */
    public enum Stopper { HEDGE, MODAL, ONGOING, TEXTUAL, NEGATION }

    /**
     * Phrases, each a list of lower-case words, by their first word: a sentence is searched for any
     * of some thirty hedges word by word, and only the phrases opening with a word can start there.
     */
    public static final class Phrases {
        private final Map<String, List<List<String>>> byFirst = new HashMap<>();

        private Phrases(List<List<String>> phrases) {
            for (List<String> phrase : phrases)
                byFirst.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
        }

        /** The phrases that open with {@code word} (lower case), in the order of their file. */
        public List<List<String>> openedBy(String word) {
            return byFirst.getOrDefault(word, List.of());
        }
    }

    /** A verb of studying or preparing in one of its forms. */
    public record PlanningForm(String form, Optional<String> particle, boolean participle) {
    }

    private static final Map<Cue, List<List<String>>> CUES = new HashMap<>();
    private static final Map<Stopper, Phrases> STOPPERS = new HashMap<>();
    private static final Map<String, List<PlanningForm>> PLANNING = new HashMap<>();
    private static final Set<String> MINISTER = new HashSet<>();
    private static final Set<String> DETERMINERS = new HashSet<>();
    private static final List<String> BODY_NOUNS = new ArrayList<>();
    private static final List<List<String>> BODY_NAMES = new ArrayList<>();
    private static final Set<String> OPENERS = new HashSet<>();
    private static final Phrases COMPLEMENT_PHRASES;
    private static final Set<String> BARE_OPENERS = new HashSet<>();
    private static final Phrases NO_PHRASES = new Phrases(List.of());
    private static final Set<String> JOINERS = new HashSet<>();
    private static final Set<String> AGENT_MARKERS = new HashSet<>();
    /** The cues by their first word, and the one-word cues: a sentence is read word by word against every cue. */
    private static final Map<Cue, Phrases> CUES_BY_FIRST = new HashMap<>();
    /** The one-word cues: for each word, the cues it is by itself, one bit per cue (by ordinal). */
    private static final Map<String, Integer> ONE_WORD_CUES = new HashMap<>();

    static {
        List<List<String>> complements = new ArrayList<>();
        for (List<String> row : Gazetteer.of("commitment-cues").rows())
            for (String s : row.subList(1, row.size()))
                CUES.computeIfAbsent(Cue.valueOf(row.get(0).toUpperCase(Locale.ROOT)), k -> new ArrayList<>()).add(words(s));
        CUES.forEach((cue, phrases) -> {
            CUES_BY_FIRST.put(cue, new Phrases(phrases));
            for (List<String> phrase : phrases)
                if (phrase.size() == 1)
                    ONE_WORD_CUES.merge(phrase.get(0), 1 << cue.ordinal(), (a, b) -> a | b);
        });
        Map<Stopper, List<List<String>>> stoppers = new HashMap<>();
        for (List<String> row : Gazetteer.of("commitment-stoppers").rows())
            for (String s : row.subList(1, row.size()))
                stoppers.computeIfAbsent(Stopper.valueOf(row.get(0).toUpperCase(Locale.ROOT)), k -> new ArrayList<>()).add(words(s));
        stoppers.forEach((stopper, phrases) -> STOPPERS.put(stopper, new Phrases(phrases)));
        for (List<String> row : Gazetteer.of("planning-verbs").rows()) {
            Optional<String> particle = row.get(0).equals("-") ? Optional.empty() : Optional.of(row.get(0));
            for (int i = 1; i < row.size(); i++)
                PLANNING.computeIfAbsent(row.get(i), k -> new ArrayList<>())
                        .add(new PlanningForm(row.get(i), i == row.size() - 1 ? Optional.empty() : particle, i == row.size() - 1));
        }
        for (List<String> row : Gazetteer.of("commitment-actors").rows()) {
            List<String> words = row.subList(1, row.size());
            switch (row.get(0)) {
                case "minister" -> MINISTER.addAll(words);
                case "determiner" -> DETERMINERS.addAll(words);
                case "body" -> BODY_NOUNS.addAll(words);
                case "name-joiner" -> JOINERS.addAll(words);
                case "agent" -> AGENT_MARKERS.addAll(words);
                default -> throw new IllegalStateException("commitment-actors.txt: unknown kind " + row.get(0));
            }
        }
        for (String name : Gazetteer.of("bodies").entries())
            BODY_NAMES.add(words(name));
        for (List<String> row : Gazetteer.of("clause-openers").rows())
            for (String s : row.subList(1, row.size()))
                switch (row.get(0)) {
                    case "clause" -> OPENERS.add(s);
                    case "bare" -> BARE_OPENERS.add(s);
                    case "complement" -> complements.add(words(s));
                    default -> throw new IllegalStateException("clause-openers.txt: unknown kind " + row.get(0));
                }
        COMPLEMENT_PHRASES = new Phrases(complements);
    }

    private CommitmentWords() {
    }

    /** The phrases of a cue that open with {@code word} (lower case), in the order of the file. */
    public static List<List<String>> cueOpenedBy(Cue cue, String word) {
        return CUES_BY_FIRST.getOrDefault(cue, NO_PHRASES).openedBy(word);
    }

    /**
     * The cues {@code word} (lower case) is by itself a phrase of, as bits for {@link #is(int, Cue)}:
     * looked up once for a word that is asked for several cues.
     */
    public static int oneWordCues(String word) {
        return ONE_WORD_CUES.getOrDefault(word, 0);
    }

    /** Whether the cues of {@link #oneWordCues} hold {@code cue}. */
    public static boolean is(int cues, Cue cue) {
        return (cues & 1 << cue.ordinal()) != 0;
    }

    /** The phrases of a stopper, each as its lower-case words. */
    public static Phrases stopper(Stopper stopper) {
        return STOPPERS.getOrDefault(stopper, NO_PHRASES);
    }

    /** The planning verb forms spelled {@code word} (a form can be of two verbs: "gaan"). */
    public static List<PlanningForm> planning(String word) {
        return PLANNING.getOrDefault(fold(word), List.of());
    }

    /** Whether {@code word} is the minister speaking: "ik", "we". */
    public static boolean isMinister(String word) {
        return MINISTER.contains(fold(word));
    }

    /** Whether {@code word} can start the name of a body: "het", "mijn". */
    public static boolean isDeterminer(String word) {
        return DETERMINERS.contains(fold(word));
    }

    /** Whether {@code word} is, or ends in, the noun of a body: "agentschap", "onderwijsadministratie". */
    public static boolean isBodyNoun(String word) {
        String w = fold(word);
        for (String noun : BODY_NOUNS)
            if (w.endsWith(noun))
                return true;
        return false;
    }

    /** The names of bodies without a body noun ("VDAB", "De Lijn"), each as its lower-case words. */
    public static List<List<String>> bodyNames() {
        return BODY_NAMES;
    }

    /** Whether {@code word} joins the capitalised words of a body's name: "Onderwijs en Vorming". */
    public static boolean joinsName(String word) {
        return JOINERS.contains(fold(word));
    }

    /** Whether {@code word} names who acts in a passive: "door" in "wordt door de VDAB onderzocht". */
    public static boolean marksAgent(String word) {
        return AGENT_MARKERS.contains(fold(word));
    }

    /** Whether {@code word} opens a clause after a comma: "zodat", "maar". */
    public static boolean opensClause(String word) {
        return OPENERS.contains(fold(word));
    }

    /** Whether {@code word} opens a clause without a comma, and ends none: "dat", "die". */
    public static boolean opensClauseBare(String word) {
        return BARE_OPENERS.contains(fold(word));
    }

    /** The words that open what a verb of studying asks ("of", "hoe", "in hoeverre"), each as its lower-case words. */
    public static Phrases complementOpeners() {
        return COMPLEMENT_PHRASES;
    }

    /** Lower case, as the lists are. */
    public static String fold(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String phrase) {
        return List.of(fold(phrase).split("\\s+"));
    }
}
