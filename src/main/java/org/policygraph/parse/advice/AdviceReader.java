package org.policygraph.parse.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.Offsets;
import org.policygraph.deadline.StartScan;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.layout.Block;
import org.policygraph.layout.BlockKind;
import org.policygraph.layout.Layout;
import org.policygraph.lang.Councils;
import org.policygraph.model.DocumentKind;
import org.policygraph.model.ParsedDocument;
import org.policygraph.parse.Evidence;
import org.policygraph.parse.KindReader;
import org.policygraph.parse.KindScore;

/**
 * The advice as a kind: an opinion of a council or auditing body to government or parliament.
 * Recognised by the body that speaks and by how it speaks (a title or section that calls the text an
 * advice, the body advising, asking, recommending), read by {@link AdviceParser}.
 */
public final class AdviceReader implements KindReader {

    /** Two marks at least: a body named and the text calling itself an advice, or the body advising repeatedly. */
    private static final double THRESHOLD = 3;
    /** How far into the text the body must be named to count as the speaker rather than a citation. */
    private static final int HEAD = 3000;
    /** A title or heading that calls the text an advice or an evaluation: "Advies over ...", "2 Advies". */
    private static final Pattern ADVICE_HEADING = Pattern.compile(
            "^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.? )?(?i:advies|adviezen|evaluatie|standpunt|aanbevelingen)\\b.*", Pattern.DOTALL);
    /** The speaker advising: "De SERV vraagt", "de raad beveelt aan", "De Vlor adviseert". */
    private static final String VERBS = "(?:adviseert|adviseren|vraagt|vragen|beveelt|bevelen|pleit|pleiten|dringt|dringen"
            + "|stelt voor|stellen voor|vindt|vinden|raadt|raden|benadrukt|benadrukken|betreurt|waardeert|wijst)";
    private static final int MIN_ADVISING = 2;
    /** The articles before the speaker's name, each as written: the pattern's alternatives and the candidates' test. */
    private static final String[] ARTICLE_SPELLINGS = {"De ", "de ", "Het ", "het "};
    private static final String ARTICLES = String.join("|", ARTICLE_SPELLINGS);
    private static final int MAX_SUBTITLE = 250;
    /** A page that offers the full advice: "Download het advies (pdf, 412 kB)", "Lees het volledige advies". */
    private static final Pattern DOWNLOAD = Pattern.compile(
            "(?im)^(?:download|lees|bekijk|raadpleeg)(?: hier)? (?:het )?(?:volledige )?advies\\b");
    /** The first letters of its words; "(?i)" without UNICODE_CASE folds ASCII only. */
    private static final StartScan.CharSet DOWNLOAD_STARTS = StartScan.anyOf("dDlLbBrR");
    private static final Pattern COUNCIL = Pattern.compile(Councils.COUNCIL_REGEX);
    private static final StartScan.CharSet COUNCIL_STARTS = StartScan.anyOf(Councils.COUNCIL_INITIALS);
    /** A heading's number: "2", "3.1.", compiled once rather than per heading. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.? ");
    /** The advising pattern per council, compiled once rather than for every document. */
    private static final Map<String, Pattern> ADVISING = new ConcurrentHashMap<>();

    private final AdviceParser parser = new AdviceParser();

    @Override
    public DocumentKind kind() {
        return DocumentKind.ADVICE;
    }

    @Override
    public double threshold() {
        return THRESHOLD;
    }

    @Override
    public KindScore score(Layout layout) {
        String text = layout.text();
        List<Evidence> evidence = new ArrayList<>();
        StartScan council = StartScan.of(COUNCIL, text.substring(0, Math.min(text.length(), HEAD)), COUNCIL_STARTS,
                Councils::councilMayStartAt);
        Matcher named = council.matcher();
        Optional<String> body = council.find() ? Optional.of(Councils.council(named.group()).orElse(named.group())) : Optional.empty();
        body.ifPresent(b -> evidence.add(new Evidence("names the advisory body " + b, 1.5)));
        titleOrSubtitle(layout).ifPresent(t -> evidence.add(new Evidence("title or subtitle '" + shorten(t) + "'", 2)));
        if (StartScan.of(DOWNLOAD, text, DOWNLOAD_STARTS, StartScan.LINE_START).find())
            evidence.add(new Evidence("offers the advice itself for download", 1));
        layout.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING || b.kind() == BlockKind.LIST_ITEM)
                .map(Block::text).filter(t -> t.length() < 120 && ADVICE_HEADING.matcher(WorkDeadline.watch(SECTION_NUMBER.matcher(t).replaceFirst(""))).matches())
                .findFirst().ifPresent(h -> evidence.add(new Evidence("section '" + shorten(h) + "'", 1.5)));
        if (body.isPresent()) {
            int advising = advising(text, body.get());
            if (advising >= MIN_ADVISING)
                evidence.add(new Evidence(body.get() + " advises, asks or recommends " + advising + " times", 1.5));
        }
        return new KindScore(kind(), evidence);
    }

    @Override
    public ParsedDocument read(Layout layout, Diagnostics report) {
        return parser.parse(layout, report);
    }

    /**
     * The title when it calls the text an advice or an evaluation, or else the short block right
     * under the title when that does ("Advies van de Minaraad bij ...": web pages run the title into
     * a subtitle).
     */
    private static Optional<String> titleOrSubtitle(Layout layout) {
        List<Block> content = layout.content();
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i).kind() != BlockKind.TITLE)
                continue;
            String title = content.get(i).text().replace('\n', ' ');
            if (ADVICE_HEADING.matcher(WorkDeadline.watch(title)).matches())
                return Optional.of(title);
            if (i + 1 < content.size() && content.get(i + 1).text().length() <= MAX_SUBTITLE) {
                String subtitle = content.get(i + 1).text().replace('\n', ' ');
                if (ADVICE_HEADING.matcher(WorkDeadline.watch(subtitle)).matches())
                    return Optional.of(subtitle);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Sentences in which the body, or "de raad", is the subject of an advising verb. */
    static int advising(String text, String body) {
        int[] starts = advisingStarts(text, body);
        StartScan m = StartScan.atAny(advisingPattern(body), text, starts, starts.length);
        int n = 0;
        while (m.find())
            n++;
        return n;
    }

    /** "De Vlor adviseert", "de raad vraagt": the body's name or "raad", an article before it or not. */
    static Pattern advisingPattern(String body) {
        return ADVISING.computeIfAbsent(body,
                b -> Pattern.compile("\\b(?:" + ARTICLES + ")?(?:" + Pattern.quote(b) + "|raad|Raad)\\s" + VERBS + "\\b"));
    }

    /**
     * Where an advising match can start: at the body's name or "raad", or at the article right before
     * one. Only there is the pattern tried, not at every "d", "h" and "r" of the text.
     */
    private static int[] advisingStarts(String text, String body) {
        Offsets out = new Offsets();
        for (String name : new String[] {body, "raad", "Raad"})
            for (int q = name.isEmpty() ? -1 : text.indexOf(name); q >= 0; q = text.indexOf(name, q + 1)) {
                for (String article : ARTICLE_SPELLINGS)
                    if (q >= article.length() && text.startsWith(article, q - article.length()))
                        out.add(q - article.length());
                out.add(q);
            }
        return out.toArray();
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
