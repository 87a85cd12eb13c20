package org.policygraph.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.diagnostic.Diagnostic;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.layout.Layouts;
import org.policygraph.model.DocumentKind;
import org.policygraph.model.ParsedDocument;

/** Kinds are chosen by scored evidence, and the choice is reported with its reasons. */
class DocumentKindsTest {

    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument parse(String text, DiagnosticCollector collector) {
        return parser.parse(Layouts.ofText(text), collector);
    }

    private DocumentKind kind(String text) {
        return parse(text, new DiagnosticCollector()).kind();
    }

    @Test
    void questionByItsDocumentTypeLine() {
        assertEquals(DocumentKind.WRITTEN_QUESTION, kind("SCHRIFTELIJKE VRAAG\n\nnr. 1\nvan AN JANSSENS\ndatum: 2 mei 2024\n\nTitel\n\nVraag?"));
    }

    @Test
    void questionByAskerAndDateWithoutTypeLine() {
        KindScore best = parser.scores(Layouts.ofText("van VERA CELIS\ndatum: 14 augustus 2018\n\nTitel\n\nVraag?")).get(0);
        assertEquals(DocumentKind.WRITTEN_QUESTION, best.kind());
        assertTrue(best.score() >= parser.kinds().get(0).threshold(), best.toString());
    }

    @Test
    void questionByItsAnswerHeadingAlone() {
        assertEquals(DocumentKind.WRITTEN_QUESTION,
                kind("Titel\n\nTekst.\n\nANTWOORD op vraag nr. 222 van 3 maart 2023 van ELISABETH MEULEMAN\n\n1. Ja."));
    }

    @Test
    void lineStartingWithVanAndALaterDateFieldIsNoQuestion() {
        assertEquals(DocumentKind.OTHER, kind("Verslag\n\nvan de vergadering van het bestuur\n\nDe agenda werd goedgekeurd.\n\ndatum: 3 mei 2024"));
    }

    @Test
    void adviceOfAnyAdvisingBody() {
        for (String body : List.of("Vlor", "SERV", "Mina-raad", "SARO", "Raad van State", "Rekenhof")) {
            String text = "Advies over het ontwerp van decreet betreffende de ruimtelijke ordening\n\n" + body
                    + "\n\n1 Situering\n\nDe regering legde het ontwerp voor.\n\n2 Advies\n\nDe raad vraagt meer middelen.";
            assertEquals(DocumentKind.ADVICE, kind(text), body);
        }
    }

    @Test
    void evaluationInWhichTheCouncilAdvisesIsAnAdvice() {
        String text = "Evaluatie van het begrotingsbeleid 2026\n\nSERV\n\nDe begroting daalt. De SERV vraagt een meerjarenplan."
                + " De SERV beveelt aan de investeringen te beschermen. De SERV pleit voor een uitgavennorm.";
        assertEquals(DocumentKind.ADVICE, kind(text));
    }

    @Test
    void documentThatOnlyCitesACouncilIsNoAdvice() {
        String text = "Nota aan de Vlaamse Regering\n\nBetreft: het Europees fonds\n\nHet advies van de Inspectie van Financiën werd gevraagd."
                + " Ook de Raad van State gaf eerder een advies over een vergelijkbaar besluit.";
        assertEquals(DocumentKind.OTHER, kind(text));
    }

    @Test
    void choiceIsReportedWithItsEvidenceAndTheOtherScores() {
        DiagnosticCollector collector = new DiagnosticCollector();
        parse("SCHRIFTELIJKE VRAAG\n\nnr. 1\nvan AN JANSSENS\ndatum: 2 mei 2024\n\nTitel\n\nVraag?", collector);
        List<Diagnostic> chosen = collector.of(DiagnosticCode.KIND_CHOSEN);
        assertEquals(1, chosen.size());
        String message = chosen.get(0).message();
        assertTrue(message.startsWith("written-question"), message);
        assertTrue(message.contains("document type line"), message);
        assertTrue(message.contains("others: advice 0.0"), message);
    }

    @Test
    void genericChoiceSaysNoKindReachedItsThreshold() {
        DiagnosticCollector collector = new DiagnosticCollector();
        parse("Jaarverslag\n\nHet agentschap werkte dit jaar aan veel projecten.", collector);
        assertTrue(collector.of(DiagnosticCode.KIND_CHOSEN).get(0).message().startsWith("other: no kind reached its threshold"));
    }

    @Test
    void adviceSummaryPageWhoseSubtitleNamesTheAdvice() throws java.io.IOException {
        java.nio.file.Path page = java.nio.file.Path.of(getClass().getResource("/cases/layout-advies-webpagina-ondertitel/input.html").getPath());
        DiagnosticCollector collector = new DiagnosticCollector();
        var doc = Layouts.read(page, "advies.html", collector);
        org.policygraph.model.Advice advice = org.junit.jupiter.api.Assertions.assertInstanceOf(
                org.policygraph.model.Advice.class, parser.parse(doc.layout(), collector));
        assertEquals("Mina-raad", advice.council().orElseThrow());
        assertEquals("Klimaatadaptatie in de ruimtelijke planning", advice.title().orElseThrow().text());
    }
}
