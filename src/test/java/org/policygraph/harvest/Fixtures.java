package org.policygraph.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.policygraph.text.PdfFixtures;

/** Our own example records and PDFs for the harvest tests (no text of ../shared). */
final class Fixtures {

    private Fixtures() {
    }

    /** Fast settings for a local server: no real rate limit, a 4 s time limit (a loaded test machine is slow), 3 tries 10 ms apart. */
    static ClientSettings fast() {
        return new ClientSettings(200, Duration.ofSeconds(4), 3, Duration.ofMillis(10), Duration.ofSeconds(2),
                ClientSettings.USER_AGENT);
    }

    /**
     * A question's detail in the structure of FIELDS.md, with ISO date-times, a number id, a
     * boolean tijdig and two keys no client reads.
     */
    static String question(String id, String number, String submitted, String answered, String pdfUrl) {
        return """
                {"id": %s, "vraagnummer": "%s", "titel": "Speelpleinwerking - Vrijwilligers in de zomer",
                 "onderwerp": "Speelpleinwerking", "zittingsjaar": "2023-2024",
                 "thema": ["Jeugd", "Vrije tijd"],
                 "vraagsteller": {"id": 41, "voornaam": "Lotte", "naam": "Vermeulen"},
                 "minister": {"id": 77, "voornaam": "Pieter", "naam": "Daems"},
                 "procedureverloop": [
                   {"datum": "%sT00:00:00+01:00", "status": "Ingediend"},
                   {"datum": "%sT10:15:00+01:00", "status": "Tijdig beantwoord"}],
                 "soort-antwoord": "Eigen antwoord", "tijdig": true,
                 "bestand-ordered": [{"URL": "%s", "volgorde": 1}],
                 "nieuw-veld": {"iets": [1, 2, 3]}, "opmerking": null}
                """.formatted(id, number, submitted, answered, pdfUrl);
    }

    /**
     * The same structure in other plausible formats: string id, Belgian dates, "nee" for tijdig,
     * themes in XML's nesting, the asker's party given with the asker, two PDFs.
     */
    static String questionOtherFormats(String id, String pdf1, String pdf2) {
        return """
                {"id": "%s", "vraagnummer": 88, "titel": "Jeugdhuizen - Geluidsnormen",
                 "themas": {"thema": ["Jeugd", "Cultuur"]},
                 "vraagsteller": [{"id": "42", "voornaam": "Hanne", "naam": "Wouters", "fractie": {"id": 3, "naam": "Groen"}}],
                 "minister": {"id": "77", "voornaam": "Pieter", "naam": "Daems"},
                 "procedureverloop": [
                   {"datum": "01-03-2024", "status": "ingediend"},
                   {"datum": "1712224800000", "status": "Vraag gesteld aan de minister"},
                   {"datum": "15/04/2024", "status": "Laattijdig beantwoord"}],
                 "soort-antwoord": "Verwijzend antwoord", "tijdig": "nee",
                 "bestand-ordered": [{"URL": "%s"}, {"URL": "%s"}]}
                """.formatted(id, pdf1, pdf2);
    }

    /** A PDF of a written question of our own, with the given number, date (Dutch words) and names. */
    static byte[] questionPdf(Path tmp, String number, String dutchDate, String asker, String minister) {
        String text = """
                SCHRIFTELIJKE VRAAG

                nr. %1$s
                van %3$s
                datum: %2$s

                aan %4$s
                VLAAMS MINISTER VAN JEUGD EN VRIJE TIJD

                Speelpleinwerking - Vrijwilligers in de zomer

                Elke zomer draaien speelpleinen op vrijwilligers. Veel werkingen melden dat ze moeilijk
                genoeg animatoren vinden.

                1. Hoeveel speelpleinwerkingen kregen in 2023 een subsidie?

                2. Plant de minister een campagne om vrijwilligers te werven?

                %4$s
                VLAAMS MINISTER VAN JEUGD EN VRIJE TIJD

                ANTWOORD
                op vraag nr. %1$s van %2$s
                van %3$s

                1. In 2023 kregen 212 speelpleinwerkingen een subsidie.

                2. Een campagne start in het voorjaar.
                """.formatted(number, dutchDate, asker.toUpperCase(java.util.Locale.ROOT), minister.toUpperCase(java.util.Locale.ROOT));
        try {
            Path f = Files.createTempFile(tmp, "vraag", ".txt");
            Files.writeString(f, text);
            return PdfFixtures.pdfOf(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A member with dated party memberships (a change of group) and the current group. */
    static String member(String id) {
        return """
                {"id": %s, "voornaam": "Lotte", "naam": "Vermeulen", "geslacht": "V",
                 "huidigefractie": {"id": 5, "naam": "Vooruit"},
                 "fracties": [
                   {"fractie": {"id": 4, "naam": "Open Vld"}, "van": "2019-06-01", "tot": "2023-12-31"},
                   {"fractie": {"id": 5, "naam": "Vooruit"}, "van": "2024-01-01"}]}
                """.formatted(id);
    }
}
