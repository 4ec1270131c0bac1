package org.ctphub.application.problem;

import java.time.LocalDate;
import org.ctphub.domain.problem.EvidenceKind;

/** A piece of evidence to add to a problem; {@code sessionId} optionally names the co-design session it came from. */
public record NewEvidence(EvidenceKind kind, String summary, Integer numberOfPeople, LocalDate date, Long sessionId) {}
