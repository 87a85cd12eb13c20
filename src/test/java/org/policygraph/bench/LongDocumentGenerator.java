package org.policygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Writes documents of the size and shape of real written questions (5-10 KB) for the extraction
 * benchmark of issue 15, where {@link CorpusGenerator}'s short documents (about 2 KB) would time the
 * fixed cost per document rather than the cost per byte: an introduction of several paragraphs
 * citing earlier questions, four to seven sub-questions with {@code a)} and {@code i.} levels,
 * answers of several paragraphs with figures in Dutch notation (counts, euro amounts, percentages,
 * ranges), tables per province, references to other questions and decrees, and the characters above
 * U+00FF that real text has ('’', '€', '–', '…'). One document in ten is an advice of numbered
 * sections with recommendations and footnotes.
 * <p>
 * Deterministic per seed and index. Text of our own; nothing from {@code ../shared}.
 */
public final class LongDocumentGenerator {

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};
    private static final String[] ASKERS = {"VERA CELIS", "KURT DE LOOR", "LISE VANDECASTEELE", "JAN PEETERS",
            "ELS MEULEMAN", "BRAM VERHAEGEN", "INGE BRUSSEEL", "STIJN JANSSENS", "GRIET MAES", "WOUTER CLAES"};
    private static final String[][] MINISTERS = {
            {"HILDE CREVITS", "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN WELZIJN, VOLKSGEZONDHEID EN GEZIN"},
            {"BEN WEYTS", "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN ONDERWIJS, SPORT, DIERENWELZIJN EN VLAAMSE RAND"},
            {"LYDIA PEETERS", "VLAAMS MINISTER VAN MOBILITEIT EN OPENBARE WERKEN"},
            {"ZUHAL DEMIR", "VLAAMS MINISTER VAN JUSTITIE EN HANDHAVING, OMGEVING, ENERGIE EN TOERISME"},
            {"BART SOMERS", "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BINNENLANDS BESTUUR, BESTUURSZAKEN, INBURGERING EN GELIJKE KANSEN"}};
    /** Topic, counted thing, second counted thing, measure phrase. */
    private static final String[][] TOPICS = {
            {"Kinderopvang", "opvangplaatsen", "kinderbegeleiders", "vergunde plaatsen voor baby’s en peuters"},
            {"Lerarentekort", "vacatures", "zij-instromers", "openstaande betrekkingen in het secundair onderwijs"},
            {"Fietsinfrastructuur", "fietspaden", "knelpunten", "kilometer vrijliggend fietspad"},
            {"Sociale huisvesting", "kandidaat-huurders", "woningen", "toewijzingen aan kwetsbare gezinnen"},
            {"Energie", "renovatiepremies", "energiescans", "aanvragen voor de mijn-verbouwpremie"},
            {"Zorgsector", "zorgbudgetten", "dossiers", "personen met een handicap op de wachtlijst"}};
    private static final String[] PROVINCES = {"Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"};
    private static final String[] TOWNS = {"Genk", "Leuven", "Lokeren", "Aalst", "Geel", "Gent", "Oostende",
            "Hasselt", "Mechelen", "Kortrijk", "Brugge", "Turnhout"};
    private static final String[] AGENCIES = {"het Agentschap Opgroeien", "het Agentschap Wonen-Vlaanderen",
            "het Departement Onderwijs en Vorming", "het Vlaams Energie- en Klimaatagentschap",
            "De Werkvennootschap", "het Vlaams Agentschap voor Personen met een Handicap"};

    private final long seed;

    /** A generator for {@code seed}. */
    public LongDocumentGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes documents {@code 0 .. n-1} below {@code dir}; returns the number of bytes written. */
    public long write(Path dir, int n) {
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            boolean advice = r.nextInt(10) == 0;
            String text = advice ? advice(i, r) : question(i, r);
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve(String.format(advice ? "adviezen/advies-%06d.txt" : "vragen/sv-%06d.txt", i));
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, b);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
            }
            bytes += b.length;
        }
        return bytes;
    }

    private String question(int i, Random r) {
        String[] topic = TOPICS[r.nextInt(TOPICS.length)];
        String[] min = MINISTERS[i % MINISTERS.length];
        LocalDate date = LocalDate.of(2016 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String number = Integer.toString(1 + r.nextInt(900));
        String asker = ASKERS[r.nextInt(ASKERS.length)];
        int width = 82 + r.nextInt(12);
        StringBuilder sb = new StringBuilder();
        sb.append("\nSCHRIFTELIJKE VRAAG\n\nnr. ").append(number).append("\nvan ").append(asker)
                .append("\ndatum: ").append(worded(date)).append("\n\naan ").append(min[0]).append('\n')
                .append(CorpusGenerator.wrap(min[1], 70)).append("\n\n")
                .append(CorpusGenerator.wrap(topic[0] + " – " + cap(topic[1]) + " en " + topic[2] + " in " + date.getYear(), 50))
                .append("\n\n");
        int paragraphs = 2 + r.nextInt(3);
        for (int p = 0; p < paragraphs; p++)
            sb.append(CorpusGenerator.wrap(introParagraph(r, topic, date, p), width)).append("\n\n");

        int top = 4 + r.nextInt(4);
        int[] children = new int[top + 1];
        for (int k = 1; k <= top; k++) {
            sb.append(CorpusGenerator.wrap(k + ". " + ask(r, topic, k), width)).append("\n");
            if (r.nextInt(3) == 0) {
                children[k] = 2 + r.nextInt(4);
                sb.append('\n');
                for (int c = 0; c < children[k]; c++) {
                    sb.append(CorpusGenerator.wrap((char) ('a' + c) + ") " + ask(r, topic, c), width)).append('\n');
                    if (c == 0 && r.nextInt(3) == 0)
                        for (int j = 1; j <= 2; j++)
                            sb.append(j == 1 ? "i" : "ii").append(". ").append(ask(r, topic, j)).append('\n');
                }
            }
            sb.append('\n');
        }
        sb.append("\n\n").append(min[0]).append(" \n").append(CorpusGenerator.wrap(min[1], 70)).append("\n\n")
                .append("ANTWOORD\nop vraag nr. ").append(number).append(" van ").append(worded(date)).append("\nvan ")
                .append(asker).append("\n\n");
        boolean table = false;
        for (int k = 1; k <= top; k++) {
            if (children[k] > 0) {
                for (int c = 0; c < children[k]; c++) {
                    String label = (c == 0 ? k + ". " : "") + (char) ('a' + c) + ") ";
                    sb.append(CorpusGenerator.wrap(label + answer(r, topic), width)).append("\n");
                }
                sb.append('\n');
                continue;
            }
            sb.append(CorpusGenerator.wrap(k + ". " + answer(r, topic), width)).append("\n\n");
            int more = r.nextInt(3);
            for (int p = 0; p < more; p++)
                sb.append(CorpusGenerator.wrap(answer(r, topic) + " " + answer(r, topic), width)).append("\n\n");
            if (!table && r.nextInt(2) == 0) {
                sb.append(provinceTable(r, topic));
                table = true;
            }
        }
        return sb.toString();
    }

    private static String introParagraph(Random r, String[] topic, LocalDate date, int p) {
        return switch (p) {
            case 0 -> "Het aantal " + topic[1] + " blijft een belangrijk aandachtspunt. Volgens de cijfers van "
                    + AGENCIES[r.nextInt(AGENCIES.length)] + " waren er eind " + (date.getYear() - 1) + " in totaal "
                    + dutch(1000 + r.nextInt(60_000)) + " " + topic[1] + ", een stijging met " + percent(r)
                    + " ten opzichte van het jaar voordien. Daarvoor werd " + euro(r) + " uitgetrokken, "
                    + "maar de sector spreekt van een ‘structureel tekort’ dat zich vooral in de centrumsteden laat voelen.";
            case 1 -> "In mijn vorige vraag (nr. " + (1 + r.nextInt(500)) + " van " + worded(date.minusMonths(3 + r.nextInt(9)))
                    + ") gaf de minister aan dat er " + dutch(10 + r.nextInt(900)) + " " + topic[2]
                    + " bijkwamen. Ook in het antwoord op schriftelijke vraag nr. " + (1 + r.nextInt(500)) + " van "
                    + worded(date.minusMonths(1 + r.nextInt(12))) + " werd verwezen naar een evaluatie die tegen "
                    + (date.getYear() + 1) + " zou klaar zijn. Het decreet van " + worded(date.minusYears(2))
                    + " voorziet bovendien in een jaarlijkse rapportering aan het Vlaams Parlement.";
            case 2 -> "Uit een bevraging bij " + dutch(200 + r.nextInt(3000)) + " respondenten blijkt dat "
                    + percent(r) + " van de gezinnen in " + TOWNS[r.nextInt(TOWNS.length)] + " en "
                    + TOWNS[r.nextInt(TOWNS.length)] + " langer dan " + (3 + r.nextInt(20))
                    + " maanden wacht. De gemiddelde kostprijs bedraagt " + euro(r) + " per jaar, terwijl de "
                    + "tegemoetkoming al sinds " + (2010 + r.nextInt(8)) + " niet meer werd geïndexeerd.";
            default -> "Lokale besturen vragen al langer om meer middelen. De stad " + TOWNS[r.nextInt(TOWNS.length)]
                    + " investeerde zelf " + euro(r) + " en rekende op een cofinanciering van " + (20 + r.nextInt(60))
                    + "%. De provincie " + PROVINCES[r.nextInt(PROVINCES.length)] + " telt " + dutch(50 + r.nextInt(900))
                    + " " + topic[3] + " … en dat aantal daalt.";
        };
    }

    private static String ask(Random r, String[] topic, int k) {
        return switch (r.nextInt(6)) {
            case 0 -> "Hoeveel " + topic[1] + " waren er in de periode " + (2015 + r.nextInt(4)) + "-" + (2019 + r.nextInt(5))
                    + "? Graag een opsplitsing per provincie en per jaar.";
            case 1 -> "Welk budget werd in " + (2016 + r.nextInt(8)) + " voorzien voor " + topic[2] + "? Hoeveel daarvan werd effectief besteed?";
            case 2 -> "Kan de minister een overzicht geven van het aantal " + topic[3] + " sinds " + (2014 + k) + "?";
            case 3 -> "Hoe evolueerde het aandeel " + topic[2] + " in de gemeente " + TOWNS[r.nextInt(TOWNS.length)]
                    + " en in de centrumsteden? Welke verklaring ziet de minister daarvoor?";
            case 4 -> "Plant de minister bijkomende maatregelen om de wachttijd voor " + topic[1]
                    + " te verkorten? Zo ja, welke, tegen wanneer en met welk budget?";
            default -> "Welke stappen werden sinds de vorige evaluatie gezet en wat is de stand van zaken van het ‘actieplan "
                    + topic[0].toLowerCase(Locale.ROOT) + "’?";
        };
    }

    private static String answer(Random r, String[] topic) {
        return switch (r.nextInt(6)) {
            case 0 -> "In " + (2016 + r.nextInt(8)) + " waren er in totaal " + dutch(50 + r.nextInt(90_000)) + " " + topic[1]
                    + ". Daarvan werd " + percent(r) + " binnen de dertig dagen afgehandeld, tegenover " + percent(r) + " een jaar eerder.";
            case 1 -> "Voor " + (2017 + r.nextInt(8)) + " is een budget van " + euro(r) + " voorzien, waarvan " + euro(r)
                    + " voor investeringen en het saldo voor werkingsmiddelen.";
            case 2 -> cap(AGENCIES[r.nextInt(AGENCIES.length)]) + " ontving " + dutch(10 + r.nextInt(5000)) + " " + topic[2]
                    + ". De gemiddelde doorlooptijd bedroeg " + (3 + r.nextInt(60)) + " dagen; " + (2 + r.nextInt(40))
                    + " dossiers zijn nog in behandeling.";
            case 3 -> "De gegevens worden per kwartaal bijgehouden. Tussen " + (2018 + r.nextInt(3)) + " en " + (2021 + r.nextInt(3))
                    + " steeg het aantal " + topic[1] + " van " + dutch(100 + r.nextInt(9000)) + " naar "
                    + dutch(9000 + r.nextInt(9000)) + " (+" + (1 + r.nextInt(40)) + "," + r.nextInt(10) + "%).";
            case 4 -> "Het besluit van de Vlaamse Regering van " + worded(LocalDate.of(2018 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                    + " legt de voorwaarden vast. Ik verwijs ook naar mijn antwoord op schriftelijke vraag nr. "
                    + (1 + r.nextInt(400)) + " van " + worded(LocalDate.of(2019 + r.nextInt(4), 1 + r.nextInt(12), 1 + r.nextInt(28))) + ".";
            default -> "Er zijn momenteel geen cijfers beschikbaar over " + topic[3] + ". Zodra de evaluatie klaar is, "
                    + "bezorg ik die graag aan het Vlaams Parlement; de resultaten worden ook op de website van het agentschap gepubliceerd.";
        };
    }

    private static String provinceTable(Random r, String[] topic) {
        StringBuilder sb = new StringBuilder("Onderstaande tabel geeft de verdeling per provincie.\n\nProvincie Aantal \n")
                .append(topic[1]).append("\n\nAandeel binnen \ndertig dagen \nafgehandeld\n\n");
        for (String p : PROVINCES)
            sb.append(p).append(' ').append(dutch(10 + r.nextInt(2000))).append(' ').append(percent(r)).append('\n');
        return sb.append('\n').toString();
    }

    private String advice(int i, Random r) {
        String[] topic = TOPICS[r.nextInt(TOPICS.length)];
        LocalDate date = LocalDate.of(2016 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28));
        StringBuilder sb = new StringBuilder();
        sb.append("Advies over het voorontwerp van besluit betreffende de ").append(topic[1]).append(" (").append(i + 1)
                .append(")\n\nRaad Basisonderwijs\n").append(worded(date)).append("\n\n");
        String[] sections = {"Situering", "Krachtlijnen van het voorontwerp", "Advies", "Tot slot"};
        for (int s = 0; s < sections.length; s++) {
            sb.append(' ').append(s + 1).append(' ').append(sections[s]).append(" \n\n");
            int paragraphs = s == 2 ? 5 + r.nextInt(4) : 2 + r.nextInt(2);
            for (int p = 0; p < paragraphs; p++) {
                String par = s == 2 && p % 2 == 1
                        ? "De Vlor vraagt om de maatregel voor " + topic[2] + " structureel te financieren. " + answer(r, topic)
                        : introParagraph(r, topic, date, p % 4);
                for (String line : CorpusGenerator.wrap(par, 95).split("\n"))
                    sb.append(line).append("\n\n");
            }
        }
        sb.append("\n\n1 Vlor, Raad Basisonderwijs. Advies over de ").append(topic[2]).append(", ")
                .append(worded(date.minusYears(1))).append(". \n\n");
        return sb.toString();
    }

    private static String worded(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static String dutch(long n) {
        return CorpusGenerator.dutch(n);
    }

    private static String euro(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> dutch(1000 + r.nextInt(900_000)) + " euro";
            case 1 -> "€ " + dutch(10_000 + r.nextInt(90_000_000)) + "," + String.format("%02d", r.nextInt(100));
            case 2 -> (2 + r.nextInt(60)) + "," + r.nextInt(10) + " miljoen euro";
            default -> "meer dan " + (1 + r.nextInt(20)) + " miljoen euro";
        };
    }

    private static String percent(Random r) {
        return (1 + r.nextInt(98)) + "," + (1 + r.nextInt(9)) + "%";
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
