package org.policygraph.parse.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policygraph.model.AnswerPart;
import org.policygraph.model.SubQuestion;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.text.Normaliser;

/** Focused fixtures for the sub-question tree and the answer's alignment. */
class ItemStructureTest {

    private static final String HEADER = "SCHRIFTELIJKE VRAAG\n\nnr. 7\nvan AN JANSSENS\ndatum: 2 januari 2024\n\n"
            + "aan BERT PEETERS\nVLAAMS MINISTER VAN CULTUUR\n\nTitel van de vraag\n\n";
    private static final String ANSWER = "\n\nBERT PEETERS\nVLAAMS MINISTER VAN CULTUUR\n\nANTWOORD\n"
            + "op vraag nr. 7 van 2 januari 2024\nvan AN JANSSENS\n\n";

    private static WrittenQuestion parse(String question, String answer) {
        String text = Normaliser.normalise(HEADER + question + (answer == null ? "" : ANSWER + answer));
        WrittenQuestion q = new WrittenQuestionParser().parse(text).orElseThrow();
        assertQuotesMatch(text, q);
        return q;
    }

    private static void assertQuotesMatch(String text, WrittenQuestion q) {
        for (SubQuestion sq : q.subQuestions())
            assertSubQuestion(text, sq);
        q.answer().ifPresent(a -> a.parts().forEach(p -> assertPart(text, p)));
    }

    private static void assertSubQuestion(String text, SubQuestion sq) {
        assertEquals(sq.text().text(), sq.text().span().of(text));
        String item = sq.span().of(text);
        assertTrue(item.startsWith(sq.label()) || item.startsWith("(" + sq.label()), item);
        sq.children().forEach(c -> assertSubQuestion(text, c));
    }

    private static void assertPart(String text, AnswerPart p) {
        assertEquals(p.text().text(), p.text().span().of(text));
        p.children().forEach(c -> assertPart(text, c));
    }

    @Test
    void introductionIsContextNotASubQuestion() {
        WrittenQuestion q = parse("Er is een probleem met nr. 58 en actie 6.\n\n1. Eerste vraag?\n2. Tweede vraag?", null);
        assertEquals("Er is een probleem met nr. 58 en actie 6.", q.context().orElseThrow().text());
        assertEquals("1 2", Trees.questions(q.subQuestions()));
    }

    @Test
    void lettersAndRomanNumeralsNest() {
        WrittenQuestion q = parse("1. Vraag:\n\na) Eerste:\n\ni. een?\nii. twee?\n\nb) Tweede?\n\n2. Nog een?", null);
        assertEquals("1(a(i ii) b) 2", Trees.questions(q.subQuestions()));
        SubQuestion ii = q.subQuestions().get(0).children().get(0).children().get(1);
        assertEquals("ii", ii.label());
        assertEquals(2, ii.position());
        assertEquals("twee?", ii.text().text());
    }

    @Test
    void itemsBrokenAcrossLinesAndParagraphsStayWhole() {
        String wide = "Er is ook de mogelijkheid om een leerwerkplaats aan te bieden via de overeenkomst van";
        WrittenQuestion q = parse("1. " + wide + "\nhet departement.\n\nHoeveel werden er afgesloten in 2022?\n\n\n2. Tweede?", null);
        assertEquals("1 2", Trees.questions(q.subQuestions()));
        assertEquals(wide + " het departement.\n\nHoeveel werden er afgesloten in 2022?",
                q.subQuestions().get(0).text().text());
    }

    @Test
    void markdownListItemsAreItems() {
        WrittenQuestion q = parse("3. Wat was het profiel?\n  - a) Scholingsgraad?\n  - b) Leeftijd?", null);
        assertEquals("3(a b)", Trees.questions(q.subQuestions()));
    }

    @Test
    void numbersThatAreNotItemsAreText() {
        WrittenQuestion q = parse("1. Hoeveel gemeenten deden mee aan actie 6 op\n1 juli 2022 volgens nr. 58?\n2. En in 2023?", null);
        assertEquals("1 2", Trees.questions(q.subQuestions()));
    }

    @Test
    void rangesAnswerEachSubQuestionTheyName() {
        WrittenQuestion q = parse("1. Vraag:\na) a?\nb) b?\nc) c?\nd) d?\ne) e?\nf) f?\ng) g?\nh) h?\ni) i?\n2. Vraag:\na) a?\nb) b?",
                "1. a) Antwoord a.\nb-c+f) Antwoord b, c en f.\nd-e) Antwoord d en e.\ng) Zie vraag 1a.\nh-i) Antwoord h en i.\n"
                        + "2. a-c) Antwoord op alles.");
        assertEquals("1>1(a>1a b-c+f>1b,1c,1f d-e>1d,1e g>1g!1a h-i>1h,1i) 2>2(a-c>2a,2b)",
                Trees.answers(q.answer().orElseThrow().parts()));
    }

    @Test
    void numberAndLetterOnOneLine() {
        WrittenQuestion q = parse("1. Een?\n2. Twee?\n3. Drie:\na) a?\nb) b?\nc) c?\nd) d?",
                "1. Antwoord.\n2. Zie vraag 1.\n3. a-d) Zie antwoord op vraag 1.");
        assertEquals("1>1 2>2!1 3>3(a-d>3a,3b,3c,3d!1)", Trees.answers(q.answer().orElseThrow().parts()));
    }

    @Test
    void numberedListInsideAnAnswerPartIsText() {
        WrittenQuestion q = parse("1. Een?\n2. Twee?",
                "1. Deze acties:\n1. actie een;\n2. actie twee;\n3. actie drie.\n\n2. Antwoord twee.");
        AnswerPart first = q.answer().orElseThrow().parts().get(0);
        assertEquals("1>1 2>2", Trees.answers(q.answer().orElseThrow().parts()));
        assertTrue(first.text().text().contains("3. actie drie."), first.text().text());
    }

    @Test
    void pointerToAnEarlierQuestion() {
        WrittenQuestion q = parse("1. Een?", "1. Ik verwijs naar mijn antwoord op vraag nr. 12 van 3 maart 2023.");
        assertEquals("1>1!q12", Trees.answers(q.answer().orElseThrow().parts()));
    }

    @Test
    void partThatAnswersAndAlsoPointsIsAnAnswer() {
        WrittenQuestion q = parse("1. Een?\n2. Twee?", "1. Antwoord.\n2. Er waren 12 aanvragen. Zie ook vraag 1.");
        assertEquals("1>1 2>2", Trees.answers(q.answer().orElseThrow().parts()));
    }

    @Test
    void labelThatNamesNoSubQuestionAnswersNothing() {
        WrittenQuestion q = parse("1. Een?", "1. Antwoord.\n5. Bijkomende info.");
        assertEquals("1>1 5>", Trees.answers(q.answer().orElseThrow().parts()));
    }

    @Test
    void olderLabelStylesAreItems() {
        WrittenQuestion q = parse("1°\nEerste vraag?\n\n2°\nTweede vraag:\n(a) deel een?\n(b) deel twee?", "1° Antwoord een.\n2° (a) Antwoord a.\n(b) Zie vraag 1.");
        assertEquals("1 2(a b)", Trees.questions(q.subQuestions()));
        assertEquals("Eerste vraag?", q.subQuestions().get(0).text().text());
        assertEquals("1>1 2>2(a>2a b>2b!1)", Trees.answers(q.answer().orElseThrow().parts()));
    }
}
