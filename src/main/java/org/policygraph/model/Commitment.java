package org.policygraph.model;

import java.util.Optional;

/**
 * A statement of future action in an answer (a {@code pg:Commitment}): "Het agentschap zal tegen
 * de zomer een evaluatie voorleggen."
 *
 * @param statement  the whole statement: the sentence it stands in
 * @param promise    what is promised: the clause that holds the statement's cue
 * @param actor      who acts, as written, when the sentence names a body ("het agentschap", "de
 *                   VDAB", "mijn administratie"); empty when the answering minister acts ("ik zal",
 *                   "wordt onderzocht")
 * @param deadline   when it is to be done, when the sentence says so
 */
public record Commitment(Located statement, Located promise, Optional<Located> actor, Optional<Deadline> deadline) {
}
