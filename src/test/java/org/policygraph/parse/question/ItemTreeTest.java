package org.policygraph.parse.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policygraph.lang.LabelStyle;
import org.policygraph.model.Span;

/** The outline reader on its own: levels by form of first appearance, bullets, skipped numbers. */
class ItemTreeTest {

    private static ItemTree.Outline outline(String text) {
        return ItemTree.parse(text, new Span(0, text.length()));
    }

    private static String render(List<ItemTree.Node> nodes) {
        return nodes.stream()
                .map(n -> n.label + (n.bullets.isEmpty() ? "" : "•" + n.bullets.size())
                        + (n.children.isEmpty() ? "" : "(" + render(n.children) + ")"))
                .collect(Collectors.joining(" "));
    }

    private static String own(String text, ItemTree.Node n) {
        return text.substring(n.textStart, n.textEnd);
    }

    @Test
    void theFirstFormSeenIsTheTopLevel() {
        String text = "A. Inleiding\nI. Eerste punt\n1° een\n2° twee\nII. Tweede punt\nB. Besluit\n(a) slot\n(b) nog";
        assertEquals("A(I(1 2) II) B(a b)", render(outline(text).roots()));
    }

    @Test
    void olderStylesNest() {
        String text = "1. Vraag:\n(a) een?\n(b) twee?\n2. Vraag:\na. een?\nb. twee?";
        assertEquals("1(a b) 2(a b)", render(outline(text).roots()));
    }

    @Test
    void aLabelAloneOnItsLineTakesTheNextLineAsItsText() {
        String text = "1.\nHoeveel dossiers waren er?\n2.\nHoeveel kostte dat?";
        ItemTree.Outline o = outline(text);
        assertEquals("1 2", render(o.roots()));
        assertEquals("Hoeveel dossiers waren er?", own(text, o.roots().get(0)));
        assertEquals("Hoeveel kostte dat?", own(text, o.roots().get(1)));
    }

    @Test
    void rangesCountAsAllTheirMembers() {
        String text = "1. een\n2-4. samen\n5. vijf";
        ItemTree.Outline o = outline(text);
        assertEquals("1 2-4 5", render(o.roots()));
        assertEquals(List.of(), o.skips());
        assertEquals(List.of("2", "3", "4"), o.roots().get(1).itemLabel.members());
    }

    @Test
    void bulletsHangUnderTheCurrentItemAndKeepTheNumbering() {
        String text = "Inleiding\n• los\n1. Kosten:\n\uF0B7 personeel\n\uF0B7 werking\n2. Tweede\n- streepje\na) letter";
        ItemTree.Outline o = outline(text);
        assertEquals("1•2 2•1(a)", render(o.roots()));
        assertEquals(1, o.looseBullets().size());
        assertEquals("Kosten:\n\uF0B7 personeel\n\uF0B7 werking", own(text, o.roots().get(0)));
        ItemTree.Node personeel = o.roots().get(0).bullets.get(0);
        assertEquals("personeel", text.substring(personeel.textStart, personeel.textEnd));
        assertEquals(Span.class, ItemTree.context(text, new Span(0, text.length()), o.roots()).orElseThrow().getClass());
    }

    @Test
    void skippedNumbersAreKeptAndReported() {
        String text = "1. een\n2. twee\n4. vier\na) a\nc) c";
        ItemTree.Outline o = outline(text);
        assertEquals("1 2 4(a c)", render(o.roots()));
        assertEquals(List.of(new ItemTree.Skip(LabelStyle.ARABIC, "2", "4", List.of("3"), text.indexOf("4.")),
                        new ItemTree.Skip(LabelStyle.LOWER_LETTER, "a", "c", List.of("b"), text.indexOf("c)"))),
                o.skips());
    }

    @Test
    void anAmbiguousLetterFollowsTheOpenLetterLevel() {
        assertEquals("1(h i j)", render(outline("1. x\nh) h\ni) i\nj) j").roots()));
        assertEquals("1(a(i ii) b)", render(outline("1. x\na) a\ni) i\nii) ii\nb) b").roots()));
        // "A." and "B)" are one form: a full stop and a bracket are one punctuation family.
        assertEquals("A B C", render(outline("A. Inleiding\nB) b\nC) c").roots()));
        assertEquals("A(a(i) b) B", render(outline("A. Inleiding\na) a\ni) i\nb) b\nB. Besluit").roots()));
    }

    @Test
    void yearsAmountsAndInitialsOpenNoItem() {
        String text = "1. Vraag\n2023. Een jaar\n14.700 euro\nA. Janssens\n1.5 procent\n2. Vraag";
        assertEquals("1 2", render(outline(text).roots()));
    }

    @Test
    void aBareRangeCountsOnlyWhereItCarriesTheNumberingOn() {
        assertEquals("1 2 3-4 5", render(outline("1. een\n2. twee\n3-4 samen\n5. vijf").roots()));
        assertEquals("1 2", render(outline("1. Leeftijden:\n12-18 jaar 45\n19-25 jaar 30\n2. Twee").roots()));
        assertEquals("", render(outline("12-18 jaar 45\n19-25 jaar 30").roots()));
    }

    @Test
    void aBulletBeforeALabelIsListResidue() {
        String text = "3. Wat was het profiel?\n- a) Scholingsgraad?\n- b) Leeftijd?\n- c";
        ItemTree.Outline o = outline(text);
        assertEquals("3(a b•1)", render(o.roots()));
        assertEquals("Scholingsgraad?", own(text, o.roots().get(0).children.get(0)));
    }

    @Test
    void aBulletEndsWhereItsItemsOwnTextEnds() {
        String text = "1. Kosten:\n• personeel\n• werking\na) Welke?";
        ItemTree.Node werking = outline(text).roots().get(0).bullets.get(1);
        assertEquals("werking", text.substring(werking.textStart, werking.textEnd));
    }
}
