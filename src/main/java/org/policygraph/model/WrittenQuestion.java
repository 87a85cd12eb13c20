package org.policygraph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A written question as parsed from one document. Number and date identify it and are required;
 * other fields the document does not state are empty: nothing is invented.
 *
 * @param number          question number as written ("497")
 * @param date            the question's date
 * @param askedBy         the member who asks
 * @param addressedTo     the minister the question is addressed to
 * @param addresseeTitle  the addressee's post as written in the header
 * @param title           title, joined across broken lines
 * @param body            the question text (introduction and items)
 * @param context         the introduction before the first numbered item
 * @param subQuestions    the numbered items, with their nested items
 * @param answer          the answer, when the document contains one
 */
public record WrittenQuestion(Located number, LocalDate date, Optional<Person> askedBy,
                              Optional<Person> addressedTo, Optional<Located> addresseeTitle,
                              Optional<Located> title, Optional<Located> body, Optional<Located> context,
                              List<SubQuestion> subQuestions, Optional<Answer> answer)
        implements ParsedDocument {

    public WrittenQuestion {
        if (number == null || date == null)
            throw new IllegalArgumentException("A written question needs a number and a date");
        subQuestions = List.copyOf(subQuestions);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.WRITTEN_QUESTION;
    }

    /** The title (references and mentions only), the question's text, and the answer's. */
    @Override
    public List<Region> regions(int textLength) {
        List<Region> regions = new ArrayList<>();
        title.ifPresent(t -> regions.add(new Region(t.span(), false, false)));
        body.ifPresent(b -> regions.add(new Region(b.span(), false, true)));
        answer.ifPresent(a -> regions.add(new Region(a.body().span(), true, true)));
        return regions;
    }
}
