package org.policygraph.extract.responsiveness;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.policygraph.lang.ResponseCues;
import org.policygraph.lang.ResponseCues.QuestionKind;
import org.policygraph.lang.Sentences;
import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.text.TokenStream;

/**
 * What one sub-question asks for: the kinds of information its question sentences ask ("Hoeveel
 * meisjes? Hoeveel jongens?" asks figures; "Hoeveel ...? Welke ...?" figures and a list) and the
 * words that say what it is about.
 *
 * @param kinds  the kinds asked, at least one: a sub-question whose sentences open no known way asks
 *               anything on its subject ({@link QuestionKind#OPEN})
 * @param words  its content words
 */
record AskedFor(Set<QuestionKind> kinds, Set<String> words) {

    /** What the sub-question whose own text is {@code own} asks for, {@code tokens} being the document's. */
    static AskedFor of(TokenStream tokens, Located own) {
        String text = tokens.text();
        Set<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
        List<Span> sentences = own.text().isBlank() ? List.of() : Sentences.of(text, own.span()).spans();
        for (Span s : sentences) {
            String sentence = s.of(text).strip();
            // a statement before the question ("Er is ook ... . Hoeveel ...?") asks nothing itself
            if (sentence.endsWith("?") || sentence.toLowerCase(java.util.Locale.ROOT).startsWith("graag"))
                ResponseCues.kind(sentence).ifPresent(kinds::add);
        }
        if (kinds.isEmpty())
            kinds.add(QuestionKind.OPEN);
        return new AskedFor(kinds, ContentWords.of(tokens.within(own.span())));
    }
}
