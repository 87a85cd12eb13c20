package org.policygraph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An advisory opinion. Title and date come from the text where it gives them and are otherwise
 * empty: nothing is invented.
 *
 * @param council          the advisory council that issues it ("Vlor"), where named
 * @param subCouncil       its sub-council ("Raad Secundair Onderwijs"), where named
 * @param title            the advice's own title, when the text has one
 * @param date             the advice's own date, when the text has one
 * @param sections         numbered sections
 * @param subject          the draft it advises on
 * @param recommendations  what it recommends, in order
 * @param citations        earlier advices cited in its footnotes
 */
public record Advice(Optional<String> council, Optional<String> subCouncil, Optional<Located> title,
                     Optional<LocalDate> date, List<Section> sections, Optional<AdviceSubject> subject,
                     List<Recommendation> recommendations, List<CitedAdvice> citations) implements ParsedDocument {

    public Advice {
        sections = List.copyOf(sections);
        recommendations = List.copyOf(recommendations);
        citations = List.copyOf(citations);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.ADVICE;
    }
}
