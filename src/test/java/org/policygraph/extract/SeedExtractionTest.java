package org.policygraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Extraction;
import org.policygraph.model.SourceDocument;
import org.policygraph.parse.DocumentParser;
import org.policygraph.text.DocumentReader;
import org.policygraph.testing.Corpora;

/** Every reference and mention of each real seed (skipped where absent), with quotes checked against offsets. */
class SeedExtractionTest {

    private static Extraction extract(String seed) {
        Path file = Corpora.seed(seed);
        SourceDocument s = DocumentReader.read(file, file.getFileName().toString());
        Extraction e = new Extractor().extract(s.text(), new DocumentParser().parse(s));
        e.questionReferences().forEach(r -> assertEquals(r.quote().text(), r.quote().span().of(s.text())));
        e.documentReferences().forEach(r -> assertEquals(r.quote().text(), r.quote().span().of(s.text())));
        e.mentions().forEach(m -> assertEquals(m.quote().text(), m.quote().span().of(s.text())));
        return e;
    }

    private static String questionRefs(Extraction e) {
        return e.questionReferences().stream().map(r -> r.number() + "@" + r.date().map(Object::toString).orElse("?")
                        + r.session().map(x -> "/" + x).orElse("") + r.asker().map(p -> " by " + p.name()).orElse("")
                        + (r.askedBySameMember() ? " by-writer" : "") + (r.sameMinister() ? " same-minister" : ""))
                .collect(Collectors.joining("; "));
    }

    private static String documentRefs(Extraction e) {
        return e.documentReferences().stream().map(r -> r.kind() + " " + r.address().orElse(r.title()))
                .collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    private static String mentions(Extraction e) {
        return e.mentions().stream().map(m -> m.kind() + " " + m.label())
                .collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    @Test
    void seed000() {
        Extraction e = extract("000_");
        assertEquals("", questionRefs(e));
        assertEquals("[]", documentRefs(e));
        assertEquals("[ORGANISATION Vlaamse Regering]", mentions(e));
    }

    @Test
    void seed001() {
        Extraction e = extract("001_");
        assertEquals("58@2017-10-17 by-writer same-minister; 106@2017-11-13 by Ann Brusseel same-minister; "
                + "58@2017-10-17/2017-2018 by-writer same-minister", questionRefs(e));
        assertEquals("[WEB http://lerarenstage.be]", documentRefs(e));
        assertEquals(8, e.documentReferences().size(), "each of the eight times lerarenstage.be is written");
        assertEquals("[ORGANISATION GO!, ORGANISATION Vlaamse Regering, PROVINCE Antwerpen, PROVINCE Limburg, "
                + "PROVINCE Oost-Vlaanderen, PROVINCE Vlaams-Brabant, PROVINCE West-Vlaanderen]", mentions(e));
        assertEquals(10, e.mentions().stream().filter(m -> m.kind().name().equals("PROVINCE")).count(),
                "five provinces in each of the two tables");
    }

    @Test
    void seed002() {
        Extraction e = extract("002_");
        assertEquals("", questionRefs(e));
        assertEquals("[DECISION besluit van de Vlaamse Regering van 13 juli 2018 betreffende de start- en stagebonus, "
                + "WEB http://www.vlor.be/advies/advies-over-het-voorontwerp-van-decreet-duaal-leren, "
                + "WEB https://www.vlor.be/adviezen/drempels-wegwerken-duaal-leren]", documentRefs(e));
        assertEquals("[ORGANISATION Raad Secundair Onderwijs, ORGANISATION Vlaamse Regering, ORGANISATION Vlor]", mentions(e));
    }

    @Test
    void seed003() {
        Extraction e = extract("003_");
        assertEquals("", questionRefs(e));
        assertEquals("[POLICY_NOTE beleidsnota Gelijke Kansen, Integratie en Inburgering]", documentRefs(e));
        List<String> places = e.mentions().stream().filter(m -> m.kind().name().equals("MUNICIPALITY"))
                .map(m -> m.label()).toList();
        assertEquals(List.of("Maasmechelen", "Sint-Niklaas", "Genk", "Leuven", "Lokeren", "Aalst", "Geel", "Gent",
                "Oostende", "Antwerpen", "Herselt", "Laakdal", "Meerhout", "Westerlo", "Moerbeke"), places);
        assertEquals("[MUNICIPALITY Aalst, MUNICIPALITY Antwerpen, MUNICIPALITY Geel, MUNICIPALITY Genk, MUNICIPALITY Gent, "
                + "MUNICIPALITY Herselt, MUNICIPALITY Laakdal, MUNICIPALITY Leuven, MUNICIPALITY Lokeren, "
                + "MUNICIPALITY Maasmechelen, MUNICIPALITY Meerhout, MUNICIPALITY Moerbeke, MUNICIPALITY Oostende, "
                + "MUNICIPALITY Sint-Niklaas, MUNICIPALITY Westerlo, ORGANISATION Vlaamse Regering, "
                + "PROGRAMME MaxiPAC, PROGRAMME Plan Samenleven]", mentions(e));
    }

    @Test
    void seed004() {
        Extraction e = extract("004_");
        assertEquals("", questionRefs(e));
        assertEquals(1, e.documentReferences().size());
        assertEquals("DECISION", e.documentReferences().get(0).kind().name());
        assertEquals("[ORGANISATION VIVO vzw, ORGANISATION Vlaamse Regering, PROGRAMME #kiesvoordezorg]", mentions(e));
    }
}
