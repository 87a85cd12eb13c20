package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.lang.ResponseCues.Cue;
import org.policygraph.lang.ResponseCues.QuestionKind;

/** What each cue must match, and the near-misses it must leave alone. */
class ResponseCuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Zie vraag 1.                                                                            | POINTER
            Zie het antwoord op vraag 2b.                                                           | POINTER
            Ik verwijs naar mijn antwoord op vraag 1a.                                              | POINTER
            Ik verwijs naar mijn antwoord op schriftelijke vraag nr. 112 van 4 maart 2025.          | POINTER
            Voor de cijfers verwijs ik graag naar mijn antwoord op vraag 3.                         | POINTER
            Deze vraag behoort niet tot mijn bevoegdheid.                                           | REFERRAL
            Dit valt niet onder mijn beleidsdomein.                                                 | REFERRAL
            De organisatie van de vredegerechten is een federale bevoegdheid.                       | REFERRAL
            Die subsidie valt onder de bevoegdheid van mijn collega van Binnenlands Bestuur.        | REFERRAL
            Ik verwijs u graag door naar de federale minister van Financiën.                        | REFERRAL
            Voor gedetailleerdere informatie verwijs ik u dus graag door naar de betrokken lokale besturen. | REFERRAL
            De lokale besturen zijn autonoom in het beheer van hun sportinfrastructuur.             | REFERRAL
            Die gegevens zijn niet beschikbaar.                                                     | NO_DATA
            De ongevallencijfers voor 2024 zijn nog niet beschikbaar.                               | NO_DATA
            Die aantallen worden niet centraal bijgehouden.                                         | NO_DATA
            Ik beschik niet over die gegevens.                                                      | NO_DATA
            Over de gevraagde gegevens beschikt de administratie niet.                              | NO_DATA
            Daarover beschikt het agentschap niet over cijfers per gemeente.                        | NO_DATA
            De begroting werd niet vastgelegd per actie, maar over alle acties heen.                | NO_DATA
            Er bestaan geen betrouwbare cijfers over het aantal vrijwilligers.                      | NO_DATA
            """)
    void cuesAndTheirKind(String sentence, String expected) {
        Optional<ResponseCues.Found> found = ResponseCues.cue(sentence);
        assertEquals(Cue.valueOf(expected), found.orElseThrow(() -> new AssertionError("no cue in " + sentence)).cue(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Voor de verdeling per gemeente verwijs ik naar de tabel hieronder.",
            "Voor de details per project verwijs ik naar de website van het Agentschap Wegen en Verkeer.",
            "Het gebouw van De Speelboom is voorlopig niet beschikbaar voor een nieuwe organisator.",
            "De sporthal is tijdens de werken niet beschikbaar voor de clubs.",
            "Dit behoort tot de bevoegdheid van mijn administratie, die de dossiers opvolgt.",
            "Zie ook de bijlage bij dit antwoord.",
            "De minister van Onderwijs stelde vorige week het plan voor.",
            "De leerlingen worden door hun school geregistreerd en opgevolgd.",
            "Alle gegevens zijn beschikbaar op de website van Statistiek Vlaanderen."})
    void nearMissesAreNoCue(String sentence) {
        assertTrue(ResponseCues.cue(sentence).isEmpty(), sentence + " -> " + ResponseCues.cue(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hoeveel jeugdhuizen ontvingen in 2024 een werkingssubsidie?        | FIGURE
            Welk bedrag werd daarvoor in totaal uitgetrokken?                   | FIGURE
            Hoe groot is het aandeel van de landelijke gemeenten?              | FIGURE
            Kan de minister de cijfers voor 2024 geven?                         | FIGURE
            Wanneer start de nieuwe subsidieronde?                              | DATE
            Waarom werd het project stopgezet?                                  | REASON
            Welke gemeenten sloten hun zwembad?                                 | LIST
            Graag een overzicht van alle actieplannen.                          | LIST
            Overweegt de minister een tweede oproep?                            | YES_NO
            Is de minister tevreden over de werking van het platform?           | YES_NO
            Zal de minister de subsidie verhogen?                               | YES_NO
            Hoe verloopt de samenwerking met de lokale besturen?                | OPEN
            Op welke manier passen de acties in het regeerakkoord?              | OPEN
            """)
    void whatAQuestionAsksFor(String question, String kind) {
        assertEquals(Optional.of(QuestionKind.valueOf(kind)), ResponseCues.kind(question), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DATE   | De nieuwe subsidieronde wordt gelanceerd in het voorjaar van 2025.   | true
            DATE   | De werken worden afgerond tegen eind augustus 2025.                  | true
            DATE   | Het budget voor 2024 bedraagt 2 miljoen euro.                        | false
            REASON | Het project werd stopgezet omdat de financiering afliep.             | true
            REASON | Het project werd stopgezet.                                          | false
            LIST   | In 2024 sloten drie locaties: De Speelboom, Het Nestje en Kapoentje. | true
            LIST   | Twee lokale besturen, met name Maasmechelen en Sint-Niklaas, doen mee. | true
            LIST   | De lijst wordt in het voorjaar bekendgemaakt.                        | false
            YES_NO | Neen, dat is niet aan de orde.                                        | true
            YES_NO | Als minister ben ik tevreden over de uitvoering van de opdracht.     | true
            YES_NO | Ik volg de zaak op.                                                   | false
            """)
    void evidenceOfWhatWasAsked(String kind, String sentence, boolean expected) {
        assertEquals(expected, ResponseCues.evidences(QuestionKind.valueOf(kind), sentence), sentence);
    }

    @org.junit.jupiter.api.Test
    void aCueSaysWhereItsPhraseStands() {
        String s = "  Deze cijfers worden niet bijgehouden.";
        ResponseCues.Found f = ResponseCues.cue(s).orElseThrow();
        assertEquals("worden niet bijgehouden", s.substring(f.start(), f.end()));
        assertFalse(f.start() < 2);
    }
}
