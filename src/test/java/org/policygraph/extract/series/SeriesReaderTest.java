package org.policygraph.extract.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.diagnostic.Diagnostic;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.rdf.PG;
import org.policygraph.testing.Corpora;

/** What a question contributes to series, read and mapped from documents of our own and from a seed. */
class SeriesReaderTest {

    private static final DocumentPipeline PIPELINE = new DocumentPipeline();
    private static final Node IN_SERIES = pg("inSeries");
    private static final Node ORDINAL = pg("seriesOrdinal");
    private static final Node FOLLOWS = pg("follows");
    private static final Node MEASURE_KEY = pg("measureKey");

    @TempDir
    Path tmp;

    private static Node pg(String local) {
        return NodeFactory.createURI(PG.NS + local);
    }

    private MappedDocument map(String name, String title, String question, String answer) throws IOException {
        String text = "SCHRIFTELIJKE VRAAG\n\nnr. 410\nvan LIES JANSSENS\ndatum: 8 oktober 2025\n\n"
                + "aan TOM DE MEYER\nVLAAMS MINISTER VAN MOBILITEIT\n\n" + title + "\n\n" + question + "\n\n"
                + "TOM DE MEYER\nVLAAMS MINISTER VAN MOBILITEIT\n\nANTWOORD\nop vraag nr. 410 van 8 oktober 2025\n"
                + "van LIES JANSSENS\n\n" + answer + "\n";
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return PIPELINE.process(file, name);
    }

    private static Set<String> objects(Graph g, Node p) {
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject().isLiteral()
                ? t.getObject().getLiteralLexicalForm() : t.getObject().getURI()));
        return out;
    }

    @Test
    void aTitleBrokenOverTwoLinesGivesTheSameSeriesAsOnOne() throws IOException {
        MappedDocument one = map("a.txt", "Openbaar vervoer - Belbussen op het platteland (2)",
                "1. Hoeveel ritten reden de belbussen in 2024?", "1. De belbussen reden 41.200 ritten.");
        MappedDocument two = map("b.txt", "Openbaar vervoer - Belbussen op het\nplatteland (3)",
                "1. Hoeveel ritten reden de belbussen in 2025?", "1. De belbussen reden 43.900 ritten.");
        Set<String> series = objects(one.graph(), IN_SERIES);
        assertEquals(1, series.size(), series.toString());
        assertEquals(series, objects(two.graph(), IN_SERIES));
        assertTrue(series.iterator().next().endsWith("/series/tom-de-meyer/openbaar-vervoer-belbussen-op-het-platteland"), series.toString());
        assertEquals(Set.of("2"), objects(one.graph(), ORDINAL));
        assertEquals(Set.of("3"), objects(two.graph(), ORDINAL));
        assertEquals(Set.of("rit"), objects(one.graph(), MEASURE_KEY));
    }

    @Test
    void aGenericTitleWithAnOrdinalIsReportedNotGuessed() throws IOException {
        MappedDocument m = map("c.txt", "Stand van zaken (2)", "1. Hoeveel belbussen rijden er?", "1. Er rijden 37 belbussen.");
        assertTrue(objects(m.graph(), IN_SERIES).isEmpty());
        assertTrue(objects(m.graph(), ORDINAL).isEmpty());
        List<Diagnostic> reported = m.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.SERIES_NOT_IDENTIFIED).toList();
        assertEquals(1, reported.size(), m.diagnostics().toString());
        assertTrue(reported.get(0).message().contains("too generic"), reported.get(0).message());
    }

    @Test
    void aYearInBracketsIsPartOfTheTitle() throws IOException {
        MappedDocument m = map("d.txt", "Openbaar vervoer - Belbussen op het platteland (2024)",
                "1. Hoeveel ritten?", "1. Geen antwoord.");
        assertTrue(objects(m.graph(), ORDINAL).isEmpty());
        assertTrue(objects(m.graph(), IN_SERIES).iterator().next().endsWith("-platteland-2024"));
    }

    @Test
    void onlyTheQuestionsOwnReferencesAreFollowUps() throws IOException {
        MappedDocument m = map("e.txt", "Openbaar vervoer - Belbussen op het platteland (2)",
                "In mijn vraag nr. 97 van 14 januari 2025 vroeg ik de minister naar de belbussen.\n\n1. Hoeveel ritten?",
                "1. Ik verwijs naar mijn antwoord op vraag nr. 12 van 3 december 2024.");
        Set<String> follows = objects(m.graph(), FOLLOWS);
        assertEquals(1, follows.size(), follows.toString());
        assertTrue(follows.iterator().next().contains("/question/2025-01-14/97/"), follows.toString());
        // the answer's reference is still a reference, only not a follow-up
        assertTrue(objects(m.graph(), PG.refersTo).stream().anyMatch(q -> q.contains("/question/2024-12-03/12")));
    }

    @Test
    void aCountOfNoPluralGetsNoKey() throws IOException {
        MappedDocument m = map("f.txt", "Openbaar vervoer - Belbussen op het platteland",
                "1. Hoeveel nieuwe haltes zijn er open?", "1. Van de nieuwe haltes zijn er 1.260 open.");
        assertFalse(objects(m.graph(), MEASURE_KEY).contains("open"));
        assertTrue(m.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.MEASURE_NOT_KEYED), m.diagnostics().toString());
    }

    @Test
    void theSeedWithASecondTitleFollowsUpTwoEarlierQuestions() {
        MappedDocument m = PIPELINE.process(Corpora.seed("001_"), "seed-001");
        assertEquals(Set.of("2"), objects(m.graph(), ORDINAL));
        Set<String> series = objects(m.graph(), IN_SERIES);
        assertEquals(1, series.size(), series.toString());
        assertTrue(series.iterator().next().endsWith(
                "/series/hilde-crevits/lerarenopleiding-vlaanderenbreed-stageregistratiesysteem-platform-lerarenstage-be"), series.toString());
        Set<String> follows = new TreeSet<>();
        m.graph().find(Node.ANY, FOLLOWS, Node.ANY).mapWith(Triple::getObject)
                .forEachRemaining(q -> m.graph().find(q, PG.questionNumber, Node.ANY)
                        .forEachRemaining(t -> follows.add(t.getObject().getLiteralLexicalForm())));
        assertEquals(Set.of("58", "106"), follows);
    }
}
