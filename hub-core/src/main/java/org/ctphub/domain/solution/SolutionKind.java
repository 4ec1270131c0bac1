package org.ctphub.domain.solution;

/** What sort of answer a solution is. */
public enum SolutionKind {
    SOFTWARE,
    SERVICE_OR_PRACTICE,
    HARDWARE,
    TOOLKIT
}
