package org.policygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic benchmark corpus in the formats and with the noise of the real documents in
 * {@code ../shared/seeds}: written questions with the four header variants (markdown residue, full
 * plain header, header starting at "van", no header at all), lines broken as in PDF text,
 * sub-question trees ({@code 1.} > {@code a)} > {@code i.}), answer parts with ranges
 * ({@code a-c)}, {@code b+e)}, {@code b-c+f)}) and "Zie vraag 1", figures in Dutch notation, province
 * tables, references to earlier generated questions, page numbers; and advices with numbered
 * sections, recommendations and footnotes citing earlier generated advices. About one file in
 * twenty is Windows-1252.
 * <p>
 * Deterministic: document {@code i} depends only on the seed and {@code i}, so the same seed gives
 * the same bytes, and documents are written one at a time (the corpus is never in memory).
 * <pre>{@code
 * new CorpusGenerator(42).write(Path.of("target/bench/corpus"), 10_000);
 * }</pre>
 */
public final class CorpusGenerator {

    /** Header variants of written questions, as in the seeds 000 (markdown), 004, 001 and 003. */
    public enum Variant { MARKDOWN, PLAIN, FROM_ASKER, NO_HEADER }

    /** What a generated question should parse into. */
    public record ExpectedQuestion(String number, LocalDate date, String asker, String addressee,
                                   Variant variant, List<List<String>> subQuestionLabels,
                                   List<ExpectedPart> parts, String referencedNumber, boolean table) {
    }

    /** An answer part: its label path, the sub-question paths it answers, where it points ("1" or null). */
    public record ExpectedPart(List<String> label, List<List<String>> respondsTo, String pointsTo) {
    }

    /** What a generated advice should parse into. */
    public record ExpectedAdvice(String title, LocalDate date, int sections, int recommendations, int citations) {
    }

    /** One generated file: path relative to the corpus root, bytes, and what it should parse into. */
    public record Generated(String path, byte[] bytes, Object expected) {
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};
    private static final String[] FIRST = {"Kurt", "Vera", "Lise", "Jana", "Elisabeth", "Tom", "Ann", "Bart",
            "Hilde", "Koen", "Sofie", "Pieter", "Katrien", "Wouter", "Inge", "Jan", "Griet", "Stijn", "Els", "Bram"};
    private static final String[] LAST = {"De Loor", "Celis", "Vandecasteele", "Peeters", "Meuleman", "Verhaegen",
            "Brusseel", "Janssens", "Maes", "Claes", "Wouters", "De Smet", "Vandenbossche", "Goossens",
            "Mertens", "Willems", "Dewilde", "Van Damme", "Hermans", "Lemmens"};
    /** Ministers and their posts (as printed in capitals). */
    private static final String[][] MINISTERS = {
            {"Bart Somers", "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BINNENLANDS BESTUUR, BESTUURSZAKEN, INBURGERING EN GELIJKE KANSEN"},
            {"Hilde Crevits", "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN WELZIJN, VOLKSGEZONDHEID EN GEZIN"},
            {"Ben Weyts", "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN ONDERWIJS, SPORT, DIERENWELZIJN EN VLAAMSE RAND"},
            {"Lydia Peeters", "VLAAMS MINISTER VAN MOBILITEIT EN OPENBARE WERKEN"},
            {"Zuhal Demir", "VLAAMS MINISTER VAN JUSTITIE EN HANDHAVING, OMGEVING, ENERGIE EN TOERISME"},
            {"Jan Jambon", "MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BUITENLANDSE ZAKEN, CULTUUR, DIGITALISERING EN FACILITAIR MANAGEMENT"},
            {"Matthias Diependaele", "VLAAMS MINISTER VAN FINANCIEN EN BEGROTING, WONEN EN ONROERAND ERFGOED"},
            {"Jo Brouns", "VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW"}};
    private static final String[][] TOPICS = {
            {"Fietsinfrastructuur", "fietspaden", "kilometer fietspad", "meldingen"},
            {"Kinderopvang", "opvangplaatsen", "kinderbegeleiders", "aanvragen"},
            {"Lerarentekort", "vacatures", "zij-instromers", "leerkrachten"},
            {"Zorgsector", "zijinstromers", "trajecten", "opleidingen"},
            {"Sociale huisvesting", "wachtenden", "woningen", "toewijzingen"},
            {"Vlaamse overheid", "stageplaatsen", "stagiairs", "contracten"},
            {"Sportinfrastructuur", "zwembaden", "sporthallen", "subsidiedossiers"},
            {"Leerlingenvervoer", "leerlingen", "busritten", "klachten"},
            {"Bibliotheken", "uitleningen", "leden", "filialen"},
            {"Energie", "premies", "renovaties", "energiescans"}};
    private static final String[] PROVINCES = {"Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"};
    private static final String[] TOWNS = {"Genk", "Leuven", "Lokeren", "Aalst", "Geel", "Gent", "Oostende",
            "Hasselt", "Mechelen", "Kortrijk", "Brugge", "Turnhout", "Roeselare", "Sint-Niklaas"};
    private static final String[] SUB_COUNCILS = {"Raad Secundair Onderwijs", "Raad Basisonderwijs",
            "Raad Hoger Onderwijs", "Raad Volwassenenonderwijs"};
    /** Recommending sentences; '~' joins the words of the opening, which a line break may not split. */
    private static final String[] RECOMMENDATIONS = {"We~stellen dan ook voor om %s uit te breiden naar het volgende schooljaar.",
            "Daarom~vragen~we om %s te differentiëren naar de grootte van de school.",
            "Het~zou~beter~zijn om %s structureel te financieren.",
            "De~Vlor~vraagt om %s samen met de sector te evalueren.",
            "We~pleiten voor een duidelijke timing voor %s."};
    private static final int QUESTIONS_PER_DAY = 60;
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 5);

    private final long seed;

    /** A generator for {@code seed}. */
    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes documents {@code 0 .. n-1} below {@code dir}; returns the number of bytes written. */
    public long write(Path dir, int n) {
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            Generated g = generate(i);
            Path file = dir.resolve(g.path());
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, g.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
            }
            bytes += g.bytes().length;
        }
        return bytes;
    }

    /** Document {@code i}: one in twelve is an advice, the others written questions. */
    public Generated generate(int i) {
        Random r = random(i);
        return r.nextInt(12) == 0 ? advice(i, r) : question(i, r);
    }

    /** The edited version of document {@code i}, as written by an incremental benchmark. */
    public Generated edited(int i) {
        Generated g = generate(i);
        byte[] extra = "\nDit document werd aangevuld.\n".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[g.bytes().length + extra.length];
        System.arraycopy(g.bytes(), 0, out, 0, g.bytes().length);
        System.arraycopy(extra, 0, out, g.bytes().length, extra.length);
        return new Generated(g.path(), out, g.expected());
    }

    /**
     * Document {@code other}'s text under document {@code i}'s path: a replacement that changes
     * nearly every triple of the graph, where {@link #edited} changes a few.
     */
    public Generated inPlaceOf(int i, int other) {
        Generated g = generate(other);
        return new Generated(generate(i).path(), g.bytes(), g.expected());
    }

    private Random random(int i) {
        return new Random(seed * 1_000_003L + i);
    }

    private boolean isAdvice(int i) {
        return random(i).nextInt(12) == 0;
    }

    /** Whether question {@code i} names its addressee (the draws of {@link #generate} and {@link #question}). */
    private boolean hasHeader(int i) {
        Random r = random(i);
        r.nextInt(12);
        return Variant.values()[r.nextInt(4)] != Variant.NO_HEADER;
    }

    // --- identities, derived from the index alone so that references can be resolved ---

    private static String number(int i) {
        return Integer.toString(1 + i % 1500);
    }

    private static LocalDate date(int i) {
        return FIRST_DAY.plusDays(i / QUESTIONS_PER_DAY);
    }

    private static String worded(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static String[] minister(int i) {
        return MINISTERS[Math.floorMod(i * 7 + i / 13, MINISTERS.length)];
    }

    private static String caps(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    // --- written questions ---

    private Generated question(int i, Random r) {
        Variant v = Variant.values()[r.nextInt(4)];
        String[] topic = TOPICS[r.nextInt(TOPICS.length)];
        String asker = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        String[] min = minister(i);
        String number = number(i);
        LocalDate date = date(i);
        boolean md = v == Variant.MARKDOWN;
        int width = md ? Integer.MAX_VALUE : 80 + r.nextInt(15);
        StringBuilder sb = new StringBuilder();

        // A third of the titles carry the ordinal the Parliament gives a repeated title ("(2)"), so
        // that series queries meet ordinals as well as bare repeats.
        String title = topic[0] + " - " + cap(topic[1]) + " in " + (2015 + r.nextInt(9))
                + (r.nextInt(3) == 0 ? " (" + (2 + r.nextInt(4)) + ")" : "");
        switch (v) {
            case MARKDOWN -> sb.append("\n\n## **SCHRIFTELIJKE VRAAG**\n\nnr. ").append(number).append("\n\nvan **")
                    .append(caps(asker)).append("**\n\ndatum: ").append(worded(date)).append("\n\n---\n\naan **")
                    .append(caps(min[0])).append("**\n\n").append(min[1]).append("\n\n---\n\n### *").append(title).append("*\n\n");
            case PLAIN -> sb.append("\nSCHRIFTELIJKE VRAAG\n\nnr. ").append(number).append("\nvan ").append(caps(asker))
                    .append("\ndatum: ").append(worded(date)).append("\n\naan ").append(caps(min[0])).append('\n')
                    .append(wrap(min[1], 70)).append("\n\n").append(wrap(title, 45)).append("\n\n");
            case FROM_ASKER -> sb.append(" van ").append(caps(asker)).append("\ndatum: ").append(worded(date))
                    .append("\n\naan ").append(caps(min[0])).append('\n').append(wrap(min[1], 70)).append("\n\n")
                    .append(wrap(title, 60)).append("\n\n");
            case NO_HEADER -> sb.append(' ').append(title).append("\n\n");
        }

        // Introduction, with figures and (for most questions) a reference to an earlier generated one.
        String referenced = null;
        int earlier = earlierQuestion(i, r);
        StringBuilder intro = new StringBuilder();
        intro.append("In ").append(2015 + r.nextInt(8)).append(" waren er ").append(dutch(100 + r.nextInt(20_000)))
                .append(' ').append(topic[1]).append(" in Vlaanderen. Daarvoor werd ").append(euro(r))
                .append(" uitgetrokken. Het aandeel ").append(topic[2]).append(" steeg tot ").append(percent(r))
                .append(". In de gemeente ").append(TOWNS[r.nextInt(TOWNS.length)]).append(" blijft de vraag groot.");
        if (earlier >= 0) {
            referenced = number(earlier);
            intro.append(" In mijn vorige vraag (nr. ").append(referenced).append(" van ").append(worded(date(earlier)))
                    .append(") gaf de minister aan dat er ").append(dutch(10 + r.nextInt(500))).append(' ')
                    .append(topic[3]).append(" waren.");
        }
        sb.append(wrap(intro.toString(), width)).append("\n\n");

        // Sub-question tree.
        int top = 2 + r.nextInt(5);
        List<List<String>> labels = new ArrayList<>();
        int[] children = new int[top + 1];
        for (int k = 1; k <= top; k++) {
            labels.add(List.of(Integer.toString(k)));
            sb.append(wrap(k + ". " + askSentence(r, topic, k), width)).append('\n');
            if (r.nextInt(3) == 0) {
                children[k] = 2 + r.nextInt(5);
                if (!md)
                    sb.append('\n');
                for (int c = 0; c < children[k]; c++) {
                    String letter = String.valueOf((char) ('a' + c));
                    labels.add(List.of(Integer.toString(k), letter));
                    sb.append(md ? "  - " : "").append(wrap(letter + ") " + askSentence(r, topic, c), width)).append('\n');
                    if (!md && c == 0 && r.nextInt(3) == 0) {
                        int roman = 2 + r.nextInt(2);
                        for (int j = 1; j <= roman; j++) {
                            sb.append(roman(j)).append(". ").append(askSentence(r, topic, j)).append('\n');
                            labels.add(List.of(Integer.toString(k), letter, roman(j)));
                        }
                    }
                }
            }
            if (!md)
                sb.append('\n');
        }
        if (!md && r.nextInt(4) == 0)
            sb.append("\n- 2 -\n\n");

        // Signature and answer header.
        sb.append(md ? "\n" : "\n\n");
        boolean signed = v != Variant.NO_HEADER;
        if (md) {
            sb.append("**").append(caps(min[0])).append("**\n\n").append(min[1]).append("\n\n---\n\n**ANTWOORD**\n\nop vraag nr. ")
                    .append(number).append(" van ").append(worded(date)).append("\n\nvan **").append(caps(asker)).append("**\n\n---\n\n");
        } else {
            if (signed)
                sb.append(caps(min[0])).append(" \n").append(wrap(min[1], 70)).append("\n\n");
            sb.append("ANTWOORD\nop vraag nr. ").append(number).append(" van ").append(worded(date)).append("\nvan ")
                    .append(caps(asker)).append("\n\n");
        }

        // Answer parts.
        List<ExpectedPart> parts = new ArrayList<>();
        boolean table = false;
        for (int k = 1; k <= top; k++) {
            String kl = Integer.toString(k);
            if (children[k] == 0) {
                if (k > 1 && r.nextInt(5) == 0) {
                    int to = 1 + r.nextInt(k - 1);
                    sb.append(k).append(". Zie vraag ").append(to).append(".\n");
                    parts.add(new ExpectedPart(List.of(kl), List.of(List.of(kl)), Integer.toString(to)));
                } else {
                    sb.append(wrap(k + ". " + answerSentence(r, topic), width)).append('\n');
                    parts.add(new ExpectedPart(List.of(kl), List.of(List.of(kl)), null));
                    if (!table && r.nextInt(4) == 0) {
                        sb.append('\n').append(provinceTable(r, topic));
                        table = true;
                    }
                }
                if (!md)
                    sb.append('\n');
                continue;
            }
            List<List<Integer>> groups = groups(children[k], r);
            parts.add(new ExpectedPart(List.of(kl), List.of(List.of(kl)), null));
            for (int g = 0; g < groups.size(); g++) {
                List<Integer> group = groups.get(g);
                String label = rangeLabel(group);
                List<List<String>> responds = new ArrayList<>();
                for (int c : group)
                    responds.add(List.of(kl, String.valueOf((char) ('a' + c))));
                String text = answerSentence(r, topic);
                if (g == 0)
                    sb.append(wrap(k + ". " + label + ") " + text, width)).append('\n');
                else
                    sb.append(md ? "  - " : "").append(wrap(label + ") " + text, width)).append('\n');
                parts.add(new ExpectedPart(List.of(kl, label), responds, null));
            }
            if (!md)
                sb.append('\n');
        }

        String text = sb.toString();
        boolean cp1252 = !md && r.nextInt(20) == 0;
        byte[] bytes = text.getBytes(cp1252 ? CP1252 : StandardCharsets.UTF_8);
        String path = String.format("vragen/%04d/sv-%06d.%s", i / 1000, i, md ? "md" : "txt");
        ExpectedQuestion expected = new ExpectedQuestion(number, date, asker, signed ? min[0] : null, v, labels, parts,
                referenced, table);
        return new Generated(path, bytes, expected);
    }

    /**
     * An earlier written question (not an advice) to the same minister for document {@code i} to
     * refer to, or -1: "mijn vorige vraag" was put to the minister now addressed, and a question's
     * identity includes its addressee, so a reference across ministers would name a question that
     * no generated document has.
     */
    private int earlierQuestion(int i, Random r) {
        if (i < 20 || r.nextInt(3) == 0)
            return -1;
        String addressee = minister(i)[0];
        for (int tries = 0; tries < 64; tries++) {
            int j = i - 1 - r.nextInt(Math.min(i, 5000));
            if (!isAdvice(j) && hasHeader(j) && minister(j)[0].equals(addressee))
                return j;
        }
        return -1;
    }

    /** Splits children {@code 0..n-1} into answer groups: single letters, ranges "a-c", unions "b+e", "b-c+f". */
    private static List<List<Integer>> groups(int n, Random r) {
        List<List<Integer>> out = new ArrayList<>();
        if (n >= 6 && r.nextBoolean()) {
            out.add(List.of(0));
            out.add(List.of(1, 2, 5));
            out.add(List.of(3, 4));
            return out;
        }
        if (n >= 5 && r.nextBoolean()) {
            out.add(List.of(0));
            out.add(List.of(1, 4));
            out.add(List.of(2, 3));
            return out;
        }
        int c = 0;
        while (c < n) {
            int len = Math.min(n - c, 1 + r.nextInt(3));
            List<Integer> g = new ArrayList<>();
            for (int j = 0; j < len; j++)
                g.add(c + j);
            out.add(g);
            c += len;
        }
        return out;
    }

    /** "a", "a-c", "b+e", "b-c+f" for a sorted group. */
    private static String rangeLabel(List<Integer> group) {
        StringBuilder sb = new StringBuilder();
        int start = 0;
        while (start < group.size()) {
            int end = start;
            while (end + 1 < group.size() && group.get(end + 1) == group.get(end) + 1)
                end++;
            if (sb.length() > 0)
                sb.append('+');
            sb.append((char) ('a' + group.get(start)));
            if (end > start)
                sb.append('-').append((char) ('a' + group.get(end)));
            start = end + 1;
        }
        return sb.toString();
    }

    private static String askSentence(Random r, String[] topic, int k) {
        return switch (r.nextInt(5)) {
            case 0 -> "Hoeveel " + topic[1] + " waren er in " + (2016 + r.nextInt(8)) + "? Graag een opsplitsing per provincie.";
            case 1 -> "Welk budget werd in " + (2016 + r.nextInt(8)) + " voorzien voor " + topic[2] + "?";
            case 2 -> "Kan de minister een overzicht geven van het aantal " + topic[3] + " sinds " + (2014 + k) + "?";
            case 3 -> "Hoe evolueerde het aandeel " + topic[2] + " in de gemeente " + TOWNS[r.nextInt(TOWNS.length)] + "?";
            default -> "Welke maatregelen plant de minister om het aantal " + topic[1] + " te verhogen?";
        };
    }

    private static String answerSentence(Random r, String[] topic) {
        // cases 4 and 5: a commitment with a deadline and a grant to a named recipient, which the
        // commitment and grant queries read
        return switch (r.nextInt(6)) {
            case 4 -> "Ik zal de regeling voor " + topic[2] + " tegen eind " + (2017 + r.nextInt(10)) + " evalueren.";
            case 5 -> "In " + (2016 + r.nextInt(8)) + " ontving vzw " + LAST[r.nextInt(LAST.length)] + " "
                    + dutch(1000 + r.nextInt(90_000)) + " euro subsidie voor " + topic[1] + ".";
            case 0 -> "In " + (2016 + r.nextInt(8)) + " waren er in totaal " + dutch(50 + r.nextInt(90_000)) + " " + topic[1]
                    + ". Daarvan werd " + percent(r) + " binnen de dertig dagen afgehandeld.";
            case 1 -> "Voor " + (2017 + r.nextInt(8)) + " is een budget van " + euro(r) + " voorzien.";
            case 2 -> "Het Agentschap ontving " + dutch(10 + r.nextInt(5000)) + " " + topic[3]
                    + ". De gemiddelde doorlooptijd bedroeg " + (3 + r.nextInt(60)) + " dagen.";
            default -> "Er zijn momenteel geen cijfers beschikbaar over " + topic[2] + ". Ik verwijs naar de website van het agentschap.";
        };
    }

    private static String provinceTable(Random r, String[] topic) {
        StringBuilder sb = new StringBuilder("• Meldingen per provincie:\n\nProvincie Aantal \n")
                .append(topic[1]).append("\n\nAandeel binnen \ndertig dagen \nafgehandeld\n\n");
        for (String p : PROVINCES)
            sb.append(p).append(' ').append(dutch(10 + r.nextInt(2000))).append(' ').append(percent(r)).append('\n');
        return sb.append('\n').toString();
    }

    // --- advices ---

    private Generated advice(int i, Random r) {
        String sub = SUB_COUNCILS[r.nextInt(SUB_COUNCILS.length)];
        String[] topic = TOPICS[r.nextInt(TOPICS.length)];
        LocalDate date = date(i);
        String title = adviceTitle(i);
        StringBuilder sb = new StringBuilder();
        boolean titled = r.nextInt(4) != 0;
        if (titled)
            sb.append(title).append("\n\n").append(sub).append('\n').append(worded(date)).append("\n\n");
        sb.append(" 1 Situering \n\n");
        appendSpaced(sb, "Op " + worded(date.minusDays(10 + r.nextInt(20))) + " keurde de Vlaamse Regering het voorontwerp van besluit goed over "
                + topic[1] + " in het schooljaar " + date.getYear() + "-" + (date.getYear() + 1) + ". Het besluit regelt een premie van "
                + dutch(500 + 100 * r.nextInt(30)) + " euro per " + (r.nextBoolean() ? "leerling" : "school")
                + " en voorziet in totaal " + euro(r) + ".");
        sb.append(" 2 Advies \n\n");
        int recs = 1 + r.nextInt(3);
        StringBuilder advies = new StringBuilder("De " + sub + " van de Vlor vindt het positief dat de regering inzet op "
                + topic[1] + ". ");
        for (int k = 0; k < recs; k++)
            advies.append(String.format(RECOMMENDATIONS[(k + i) % RECOMMENDATIONS.length], "de maatregel voor " + topic[2])).append(' ');
        List<Integer> cited = new ArrayList<>();
        for (int j = i - 1; j >= 0 && cited.size() < 3 && i - j < 2000; j--)
            if (isAdvice(j) && r.nextInt(3) != 0)
                cited.add(j);
        if (!cited.isEmpty())
            advies.append("De Vlor wijst ook op zijn eerdere adviezen over ").append(topic[1]).append('.').append(1);
        appendSpaced(sb, advies.toString().strip());
        int sections = 2;
        if (r.nextBoolean()) {
            sb.append(" 3 Tot slot \n\n");
            appendSpaced(sb, "We blijven de evoluties van dichtbij opvolgen en zullen zo nodig bijkomend advies geven.");
            sections = 3;
        }
        if (!cited.isEmpty()) {
            sb.append("\n\n1 ");
            for (int j : cited)
                sb.append("Vlor, ").append(subCouncil(j)).append(". ").append(adviceTitle(j))
                        .append(", ").append(worded(date(j))).append(". \n\n");
        }
        boolean cp1252 = r.nextInt(20) == 0;
        byte[] bytes = sb.toString().getBytes(cp1252 ? CP1252 : StandardCharsets.UTF_8);
        String path = String.format("adviezen/%04d/advies-%06d.txt", i / 1000, i);
        return new Generated(path, bytes, new ExpectedAdvice(titled ? title : null, titled ? date : null, sections, recs,
                cited.size()));
    }

    private String adviceTitle(int j) {
        Random r = random(j);
        r.nextInt(12);
        return "Advies over het voorontwerp van besluit " + (j % 2 == 0 ? "over de " : "betreffende de ")
                + TOPICS[j % TOPICS.length][1] + " (" + (j + 1) + ")";
    }

    private String subCouncil(int j) {
        Random r = random(j);
        r.nextInt(12);
        return SUB_COUNCILS[r.nextInt(SUB_COUNCILS.length)];
    }

    /** Appends a paragraph as PDF text of advices shows it: every line followed by a blank line. */
    private static void appendSpaced(StringBuilder sb, String paragraph) {
        for (String line : wrap(paragraph, 95).replace('~', ' ').split("\n"))
            sb.append(line).append("\n\n");
    }

    // --- text helpers ---

    /** Breaks {@code text} into lines of at most {@code width} characters, with the trailing space PDF text keeps. */
    static String wrap(String text, int width) {
        if (text.length() <= width)
            return text;
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (String word : text.split(" ")) {
            if (col > 0 && col + word.length() + 1 > width) {
                sb.append(" \n");
                col = 0;
            } else if (col > 0) {
                sb.append(' ');
                col++;
            }
            sb.append(word);
            col += word.length();
        }
        return sb.toString();
    }

    /** A count in Dutch notation: 14700 becomes "14.700". */
    static String dutch(long n) {
        return String.format(Locale.GERMANY, "%,d", n);
    }

    private static String euro(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> dutch(1000 + r.nextInt(900_000)) + " euro";
            case 1 -> "€" + dutch(10_000 + r.nextInt(90_000_000)) + "," + String.format("%02d", r.nextInt(100));
            case 2 -> (2 + r.nextInt(60)) + " miljoen euro";
            default -> "meer dan " + (1 + r.nextInt(20)) + " miljoen euro";
        };
    }

    private static String percent(Random r) {
        return (1 + r.nextInt(98)) + "," + (1 + r.nextInt(9)) + "%";
    }

    private static String roman(int j) {
        return new String[]{"i", "ii", "iii", "iv"}[j - 1];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code CorpusGenerator DIR N [SEED]}: writes N documents below DIR. */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        long bytes = new CorpusGenerator(seed).write(dir, n);
        System.out.printf("Generated %d documents, %d bytes, in %s%n", n, bytes, dir);
    }
}
