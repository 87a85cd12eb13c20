package org.policygraph.extract.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentReference;
import org.policygraph.model.ReferenceKind;
import org.policygraph.model.Span;

class DocumentReferenceExtractorTest {

    private final DocumentReferenceExtractor extractor = new DocumentReferenceExtractor();

    private List<DocumentReference> refs(String text) {
        List<DocumentReference> refs = extractor.extract(text, new Span(0, text.length()));
        refs.forEach(r -> assertEquals(r.quote().text(), r.quote().span().of(text)));
        return refs;
    }

    @Test
    void decisionOfTheFlemishGovernmentWithDateAndSubject() {
        DocumentReference r = refs("tot wijziging van het besluit van de Vlaamse Regering van 13 juli 2018 betreffende de start- en stagebonus, wat betreft").get(0);
        assertEquals(ReferenceKind.DECISION, r.kind());
        assertEquals(Optional.of(LocalDate.of(2018, 7, 13)), r.date());
        assertEquals("besluit van de Vlaamse Regering van 13 juli 2018 betreffende de start- en stagebonus", r.title());
    }

    @Test
    void decisionWithQuotedTitle() {
        DocumentReference r = refs("Het Besluit van de Vlaamse Regering ‘tot toekenning van een subsidie voor 2021’ schept het kader.").get(0);
        assertEquals("Besluit van de Vlaamse Regering ‘tot toekenning van een subsidie voor 2021’", r.title());
    }

    @Test
    void decree() {
        DocumentReference r = refs("Het decreet van 10 juni 2016 betreffende duaal leren regelt dit.").get(0);
        assertEquals(ReferenceKind.DECREE, r.kind());
        assertEquals("decreet van 10 juni 2016 betreffende duaal leren", r.title());
    }

    @Test
    void decisionOrDecreeWithoutDateOrSubjectIsNoReference() {
        assertTrue(refs("Het besluit van de Vlaamse Regering is goed. Dat decreet ook.").isEmpty());
    }

    @Test
    void policyNote() {
        DocumentReference r = refs("In de beleidsnota Gelijke Kansen, Integratie en Inburgering benadrukt de minister").get(0);
        assertEquals(ReferenceKind.POLICY_NOTE, r.kind());
        assertEquals("beleidsnota Gelijke Kansen, Integratie en Inburgering", r.title());
    }

    @Test
    void webAddresses() {
        List<DocumentReference> refs = refs("Zie https://www.vlor.be/adviezen/duaal-leren. Of kijk op Lerarenstage.be, of mail info@vlor.be.");
        assertEquals(2, refs.size(), refs.toString());
        assertEquals(Optional.of("https://www.vlor.be/adviezen/duaal-leren"), refs.get(0).address());
        assertEquals(Optional.of("http://lerarenstage.be"), refs.get(1).address());
        assertEquals("Lerarenstage.be", refs.get(1).quote().text());
    }

    @Test
    void abbreviationsAreNoDomains() {
        assertTrue(refs("Het aantal t.o.v. vorig jaar, o.a. in CVO’s en bv. scholen.").isEmpty());
    }

    /** The domain candidates read from the dots are the offsets the candidate test accepts, all of them. */
    @Test
    void domainCandidatesAreReadFromTheDots() {
        String[] pieces = {"www", ".", "vlor", "be", "/", "-", "a", "é", "@", "1", " ", "\n", "x".repeat(62), "x".repeat(63), "bv", "o.a."};
        java.util.Random random = new java.util.Random(29);
        int found = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--)
                sb.append(pieces[random.nextInt(pieces.length)]);
            String r = sb.toString();
            List<Integer> tested = new java.util.ArrayList<>();
            for (int p = 0; p < r.length(); p++)
                if (DocumentReferenceExtractor.domainCandidate(r, p))
                    tested.add(p);
            List<Integer> read = java.util.Arrays.stream(DocumentReferenceExtractor.domainCandidates(r)).boxed().toList();
            assertEquals(tested, read, r);
            found += read.size();
        }
        assertTrue(found > 10_000, "candidates: " + found);
    }
}
