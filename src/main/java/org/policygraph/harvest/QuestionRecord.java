package org.policygraph.harvest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A written question as the API's detail ({@code /schv/{id}}) describes it, read tolerantly. Only
 * the id is required; every other field may be missing in a record.
 *
 * @param date        the question's date: the record's own date field, else its submission step
 * @param answerKind  the kind of answer, when {@code soort-antwoord} names a known one
 * @param answerKindText {@code soort-antwoord} as written
 * @param onTime      the record's {@code tijdig}
 * @param files       the PDF URLs of {@code bestand-ordered}, in order
 */
public record QuestionRecord(String id, Optional<String> number, Optional<String> title, Optional<String> subject,
                             Optional<String> session, Optional<LocalDate> date, List<String> themes,
                             Optional<PersonRef> asker, Optional<PersonRef> minister, List<ProcedureStep> steps,
                             Optional<AnswerKind> answerKind, Optional<String> answerKindText, Optional<Boolean> onTime,
                             List<String> files) {

    public QuestionRecord {
        themes = List.copyOf(themes);
        steps = List.copyOf(steps);
        files = List.copyOf(files);
    }

    /** The date of the (first) step in which the answer came in. */
    public Optional<LocalDate> answerDate() {
        return steps.stream().filter(s -> s.kind() == StepKind.ANSWERED).map(ProcedureStep::date).min(LocalDate::compareTo);
    }
}
