package org.policygraph.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.extract.Extractor;
import org.policygraph.layout.Layout;
import org.policygraph.layout.Layouts;
import org.policygraph.model.Commitment;
import org.policygraph.model.Located;
import org.policygraph.model.ParsedDocument;
import org.policygraph.parse.DocumentParser;

class CommitmentExtractorTest {

    private static final Extractor EXTRACTOR = new Extractor();

    /** A written question of {@code date} with {@code question} as its item and {@code answer} as its answer. */
    private static String document(String date, String question, String answer) {
        return "SCHRIFTELIJKE VRAAG\n\nnr. 118\nvan AN PEETERS\ndatum: " + date + "\n\naan KOEN VERMEULEN\n"
                + "VLAAMS MINISTER VAN WERK, ECONOMIE EN SOCIALE ECONOMIE\n\nArbeidsmarkt - Opleidingscheques\n\n"
                + "Ik stel de minister een aantal vragen.\n\n1. " + question + "\n\nANTWOORD\n\n" + answer + "\n";
    }

    private record Read(List<Commitment> commitments, DiagnosticCollector diagnostics) {
    }

    private static Read read(String date, String question, String answer) {
        String text = document(date, question, answer);
        Layout layout = Layouts.ofText(text);
        DiagnosticCollector collector = new DiagnosticCollector();
        ParsedDocument parsed = new DocumentParser().parse(layout, collector);
        List<Commitment> found = EXTRACTOR.extract(layout, parsed, new Diagnostics(text, collector)).commitments();
        return new Read(found, collector);
    }

    private static List<Commitment> answer(String answer) {
        return read("3 maart 2025", "Welke stappen zet de minister?", answer).commitments();
    }

    private static Commitment only(String answer) {
        List<Commitment> found = answer(answer);
        assertEquals(1, found.size(), answer + ": " + found);
        return found.get(0);
    }

    @Test
    void theMinisterPromisesWithADeadline() {
        Commitment c = only("Ik zal de regeling tegen eind 2025 evalueren.");
        assertEquals("Ik zal de regeling tegen eind 2025 evalueren.", c.statement().text());
        assertEquals(Optional.empty(), c.actor());
        assertEquals("tegen eind 2025", c.deadline().orElseThrow().quote().text());
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), c.deadline().orElseThrow().by());
        assertEquals(Optional.empty(), c.deadline().orElseThrow().from());
    }

    @Test
    void aNamedBodyActs() {
        Commitment c = only("Het agentschap zal tegen de zomer een evaluatie voorleggen.");
        assertEquals("Het agentschap", c.actor().map(Located::text).orElseThrow());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 21)), c.deadline().orElseThrow().by());
    }

    @Test
    void aBodyIsTheSubjectOfAClauseWhoseVerbComesLast() {
        Commitment c = only("Ik kan u meedelen dat de VDAB in het voorjaar van 2026 een nieuwe oproep zal lanceren.");
        assertEquals("de VDAB", c.actor().map(Located::text).orElseThrow());
        assertEquals("de VDAB in het voorjaar van 2026 een nieuwe oproep zal lanceren", c.promise().text());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 21)), c.deadline().orElseThrow().from());
        assertEquals(Optional.of(LocalDate.of(2026, 6, 20)), c.deadline().orElseThrow().by());
    }

    @Test
    void aPassiveWithADeadlineToComeIsACommitmentOfTheMinister() {
        Commitment c = only("De regeling wordt in de loop van 2026 aangepast.");
        assertEquals(Optional.empty(), c.actor());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), c.deadline().orElseThrow().from());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), c.deadline().orElseThrow().by());
    }

    @Test
    void studyingAndPreparingPromiseWithoutADeadline() {
        assertTrue(only("Momenteel wordt onderzocht of de premie kan worden verhoogd.").deadline().isEmpty());
        assertTrue(only("We bekijken samen met de sector hoe de procedure eenvoudiger kan.").actor().isEmpty());
        Commitment c = only("Mijn administratie werkt tegen het einde van het jaar een voorstel uit.");
        assertEquals("Mijn administratie", c.actor().map(Located::text).orElseThrow());
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), c.deadline().orElseThrow().by());
        assertEquals(1, answer("Ik ga na of het mogelijk is om de termijn te verlengen.").size(),
                "a hedge inside what is studied (\"of het mogelijk is\") does not hedge the promise");
    }

    @Test
    void theSubjectOfARelativeClauseActs() {
        Commitment c = only("Dat is een vraag die ik na de evaluatie zal beantwoorden.");
        assertEquals("ik na de evaluatie zal beantwoorden", c.promise().text());
        assertEquals(Optional.empty(), c.actor());
        assertEquals(1, answer("Ik heb gezegd dat ik dat zal onderzoeken.").size(), "\"dat zal\": dat is a pronoun there");
        assertEquals("De resultaten van die evaluatie zullen in 2026 worden bezorgd",
                only("De resultaten van die evaluatie zullen in 2026 worden bezorgd.").promise().text(),
                "\"die\" before a noun in a main clause is a determiner");
    }

    @Test
    void whatIsScheduledWithADateToComeIsACommitment() {
        Commitment c = only("Begin volgend jaar komt er een nieuwe oproep.");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), c.deadline().orElseThrow().by());
        assertEquals(1, answer("Er zal een nieuwe oproep komen.").size());
    }

    @Test
    void aDecisionPutInWords() {
        Commitment c = only("Het is de bedoeling om de nieuwe regeling vanaf januari 2026 toe te passen.");
        assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), c.deadline().orElseThrow().from());
        assertEquals(Optional.empty(), c.deadline().orElseThrow().by());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "In het voorjaar van 2024 werd een evaluatie uitgevoerd.",
            "Dat zal wellicht meer effect hebben op het aantal werkplekken.",
            "We blijven inzetten op duurzame mobiliteit.",
            "Ik zal blijven inzetten op opleiding.",
            "Ik zal de regeling niet aanpassen.",
            "De kosten zullen in 2026 verder stijgen.",
            "De premie wordt elk jaar in het voorjaar uitbetaald.",
            "Het rapport werd in 2024 onderzocht door de inspectie.",
            "Uit het onderzoek blijkt dat de maatregel werkt.",
            "In 2023 wordt het budget volledig besteed.",
            "Het plan wordt uitgevoerd zoals gepland in 2022.",
            "Zal ik de regeling tegen eind 2025 aanpassen?",
            "De gemeenten zullen zelf beslissen over hun deelname.",
            "De evaluatie wordt door de gemeenten tegen eind 2025 uitgevoerd.",
            "Ik zal hierop verder ingaan in mijn antwoord op vraag 3.",
            "We zullen zien.",
            "In 2024 volgde een evaluatie.",
            "Daarna volgt een evaluatie.",
    })
    void noCommitment(String answer) {
        assertEquals(List.of(), answer(answer), answer);
    }

    @Test
    void aHedgedPromiseIsReportedNotTaken() {
        Read r = read("3 maart 2025", "Welke stappen zet de minister?",
                "Indien de middelen het toelaten, zal ik de regeling in 2026 aanpassen. Dat kan worden onderzocht.");
        assertEquals(List.of(), r.commitments());
        assertEquals(2, r.diagnostics().of(DiagnosticCode.COMMITMENT_UNCERTAIN).size(), r.diagnostics().diagnostics().toString());
    }

    @Test
    void theFutureWithADateButNoKnownActorIsReportedNotTaken() {
        Read r = read("3 maart 2025", "Welke stappen zet de minister?",
                "AGION zal de scholen uiterlijk op 1 september 2025 informeren. In 2024 werd 12% minder uitgegeven.");
        assertEquals(List.of(), r.commitments());
        assertEquals(1, r.diagnostics().of(DiagnosticCode.COMMITMENT_UNCERTAIN).size(), r.diagnostics().diagnostics().toString());
    }

    @Test
    void aListGluedIntoOneSentenceIsNotRead() {
        String glued = "Ik zal " + "de zaal is gepland en wordt onderzocht en ".repeat(5_000) + "tegen eind 2025 klaar.";
        long start = System.nanoTime();
        assertEquals(List.of(), answer(glued));
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "a glued list is skipped, not read quadratically");
    }

    @Test
    void theMembersQuestionMakesNoCommitments() {
        Read r = read("3 maart 2025", "Ik zal de minister hierover tegen eind 2025 opnieuw bevragen. Wat plant de minister?",
                "Ik verwijs naar mijn vorige antwoord.");
        assertEquals(List.of(), r.commitments());
    }

    @Test
    void aRelativeDeadlineThatTheAnswerDateWouldDecideIsKeptWithoutDates() {
        Read r = read("16 december 2024", "Wanneer is de evaluatie klaar?", "Ik zal de evaluatie eind dit jaar afronden.");
        assertEquals(1, r.commitments().size());
        var deadline = r.commitments().get(0).deadline().orElseThrow();
        assertEquals("eind dit jaar", deadline.quote().text());
        assertTrue(deadline.by().isEmpty() && deadline.from().isEmpty());
        assertEquals(1, r.diagnostics().of(DiagnosticCode.COMMITMENT_DEADLINE_UNRESOLVED).size());
    }

    @Test
    void aRelativeDeadlineIsResolvedAgainstTheAnswersDate() {
        Commitment c = only("Dit najaar zal ik een nieuwe oproep lanceren.");
        assertEquals(Optional.of(LocalDate.of(2025, 9, 23)), c.deadline().orElseThrow().from());
        assertEquals(Optional.of(LocalDate.of(2025, 12, 20)), c.deadline().orElseThrow().by());
    }
}
