package org.policygraph.harvest;

import java.time.LocalDate;

/** One step of a question's procedure ({@code procedureverloop[]}): date, status as written, its kind. */
public record ProcedureStep(LocalDate date, String status, StepKind kind) {
}
