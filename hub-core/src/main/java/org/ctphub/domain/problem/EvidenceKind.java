package org.ctphub.domain.problem;

/** Where a piece of evidence about a problem came from. */
public enum EvidenceKind {
    WORKSHOP,
    SURVEY,
    CONVERSATION,
    DATA,
    OBSERVATION
}
