package org.policygraph.extract.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.extract.Extractor;
import org.policygraph.layout.Layouts;
import org.policygraph.model.DocumentKind;
import org.policygraph.model.GenericDocument;
import org.policygraph.model.Grant;
import org.policygraph.model.MentionKind;

class GrantExtractorTest {

    private final DiagnosticCollector collector = new DiagnosticCollector();

    private List<Grant> grants(String text) {
        return new Extractor().extract(Layouts.ofText(text), new GenericDocument(DocumentKind.OTHER, Optional.empty()),
                new Diagnostics(text, collector)).grants();
    }

    private Grant one(String text) {
        List<Grant> found = grants(text);
        assertEquals(1, found.size(), () -> "grants in \"" + text + "\": " + found);
        return found.get(0);
    }

    @Test
    void receiverBeforeOrAfterTheVerbWithTheSentencesYear() {
        Grant g = one("In 2023 ontving vzw De Brug 14.700 euro subsidie voor haar zomerwerking.\n");
        assertEquals("vzw De Brug", g.recipient().text());
        assertEquals(0, new BigDecimal("14700").compareTo(g.amount().value()));
        assertEquals("14.700 euro", g.amount().quote().text());
        assertEquals(Optional.of(2023), g.year());
        assertFalse(g.planned());
        assertTrue(g.evidence().text().startsWith("In 2023 ontving"));
    }

    /**
     * Each amount is judged on its own clause, however many amounts share the sentence: the
     * grant reader reads a sentence's clauses once and remembers what each clause says.
     */
    @Test
    void eachAmountOfALongSentenceIsJudgedOnItsOwnClause() {
        String granted = "vzw De Brug ontving 14.700 euro subsidie; ";
        String asked = "vzw Het Anker vroeg 9.000 euro subsidie aan; ";
        List<Grant> found = grants("In 2023 " + (granted + asked).repeat(30) + granted + "zo was het.\n");
        assertEquals(31, found.size());
        assertTrue(found.stream().allMatch(g -> g.recipient().text().equals("vzw De Brug")), found::toString);
    }

    @Test
    void recipientAfterAanWithTheMunicipalityItNames() {
        Grant g = one("Aan de stad Gent werd een projectsubsidie van 25.000 euro toegekend.\n");
        assertEquals("stad Gent", g.recipient().text());
        assertEquals(MentionKind.MUNICIPALITY, g.mention().orElseThrow().kind());
        assertEquals("Gent", g.mention().get().label());
        assertEquals(Optional.empty(), g.year());
    }

    @Test
    void organisationNamedBeforeVzw() {
        Grant g = one("Chiro Noord vzw kreeg in 2024 3.200 euro voor het kamp.\n");
        assertEquals("Chiro Noord vzw", g.recipient().text());
        assertEquals(MentionKind.ORGANISATION, g.mention().orElseThrow().kind());
        assertEquals(Optional.of(2024), g.year());
    }

    @Test
    void subsidisedAndTheSubsidyForAnOrganisation() {
        assertEquals("OCMW Tienen", one("Het OCMW Tienen werd met 40.000 euro gesubsidieerd.\n").recipient().text());
        assertEquals("vzw Welzijnsschakels",
                one("De subsidie voor vzw Welzijnsschakels bedroeg in 2023 9.800 euro.\n").recipient().text());
    }

    @Test
    void theGiverIsNotTheRecipient() {
        assertEquals("Vzw Welzijnsschakels", one("Vzw Welzijnsschakels ontving van de stad Aalst 5.000 euro.\n").recipient().text());
    }

    @Test
    void aGrantAnnouncedIsMarkedPlanned() {
        Grant g = one("Vzw Kleurrijk zal in 2025 een subsidie van 18.000 euro ontvangen.\n");
        assertTrue(g.planned());
        assertEquals(Optional.of(2025), g.year());
    }

    @Test
    void listUnderALeadIn() {
        List<Grant> found = grants("""
                Volgende organisaties kregen in 2024 een werkingssubsidie:
                - vzw Speelplein Het Bos: 8.500 euro;
                - Chiro Noord vzw: 3.200 euro;
                - de gemeente Herselt: 12.000 euro.
                """);
        assertEquals(List.of("vzw Speelplein Het Bos", "Chiro Noord vzw", "gemeente Herselt"),
                found.stream().map(g -> g.recipient().text()).toList());
        assertTrue(found.stream().allMatch(g -> g.year().equals(Optional.of(2024))));
    }

    @Test
    void aListThatIsNotOfGrantsGivesNone() {
        assertEquals(List.of(), grants("""
                Volgende organisaties vroegen een subsidie aan:
                - vzw Speelplein Het Bos: 8.500 euro;
                - Chiro Noord vzw: 3.200 euro.
                """));
    }

    @Test
    void tableOfRecipientsAndAmountsWithoutItsTotal() {
        List<Grant> found = grants("""
                Overzicht van de toegekende subsidies in 2023:

                Begunstigde Bedrag
                Sportclub Olympia 45.000
                Gemeente Lommel 80.000
                Totaal 125.000
                """);
        assertEquals(List.of("Sportclub Olympia", "Gemeente Lommel"), found.stream().map(g -> g.recipient().text()).toList());
        assertTrue(found.stream().allMatch(g -> g.year().equals(Optional.of(2023)) && g.amount().cell().isPresent()));
    }

    @Test
    void tablesOfRequestsOrOfAmountsNotSaidToBeGrantsGiveNone() {
        assertEquals(List.of(), grants("""
                Overzicht van de ingediende aanvragen:

                Aanvrager Bedrag
                Sportclub Olympia 60.000
                Zwemclub Neptunus 30.000
                """));
        assertEquals(List.of(), grants("""
                Eigen investeringen van de gemeenten in sportinfrastructuur:

                Gemeente Bedrag
                Genk 120.000
                Hasselt 95.000
                """));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jeugdhuis Kompas vzw vroeg 20.000 euro aan, maar die aanvraag werd afgewezen.",
            "De stad Mechelen betaalde 4.000 euro aan vzw Jeugdwerk Mechelen voor de huur van lokalen.",
            "Het agentschap betaalde 2.300 euro terug aan de Europese Commissie.",
            "De stad Leuven investeerde zelf 300.000 euro in het nieuwe cultuurcentrum.",
            "Theater Malpertuis vraagt voor 2025 een verhoging tot 240.000 euro.",
            "Vzw De Brug kreeg de gevraagde 20.000 euro niet.",
            "Voor 2024 is een budget van 45.000.000 euro voorzien."})
    void amountsAskedPaidOrBudgetedAreNoGrants(String sentence) {
        assertEquals(List.of(), grants(sentence + "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "In totaal werd 1,2 miljoen euro uitgekeerd aan 40 organisaties.",
            "Kunstencentrum Nona en Theater Malpertuis kregen samen 50.000 euro voor een gezamenlijk project.",
            "Aan 38 gemeenten werd een subsidie toegekend, samen goed voor € 2.950.000.",
            "In 2023 ontvingen 17 gemeenten een subsidie van 5.000 euro.",
            "Drie scholen kregen elk 2.000 euro voor een schoolfruitproject."})
    void amountsForSeveralRecipientsAreReportedNotTaken(String sentence) {
        assertEquals(List.of(), grants(sentence + "\n"));
        assertFalse(collector.of(DiagnosticCode.GRANT_AGGREGATE).isEmpty(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Vzw De Brug zou 10.000 euro kunnen krijgen.",
            "Aan het project werd 10.000 euro toegekend.",
            "Vzw De Brug ontving 10.000 euro en Chiro Noord vzw een deel daarvan."})
    void grantsWithAnOpenRecipientOrStatusAreReportedNotTaken(String sentence) {
        assertEquals(List.of(), grants(sentence + "\n"));
        assertFalse(collector.of(DiagnosticCode.GRANT_UNCERTAIN).isEmpty(), sentence);
    }
}
