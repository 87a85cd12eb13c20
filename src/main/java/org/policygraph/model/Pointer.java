package org.policygraph.model;

import java.util.List;

/** Where an answer part points instead of answering. */
public sealed interface Pointer {

    /** The quote of the pointer ("Zie vraag 1.") and where it stands. */
    Located quote();

    /** To a sub-question of the same written question, by path ("1" or "2", "a"). */
    record ToSubQuestion(List<String> path, Located quote) implements Pointer {
        public ToSubQuestion {
            path = List.copyOf(path);
        }
    }

    /** To an earlier written question ("Ik verwijs naar mijn antwoord op vraag nr. 12 van ..."). */
    record ToQuestion(QuestionReference question, Located quote) implements Pointer {
    }
}
