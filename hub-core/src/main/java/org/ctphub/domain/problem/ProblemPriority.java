package org.ctphub.domain.problem;

/** How soon a partnership means to work on a problem, lowest first. */
public enum ProblemPriority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT;

    public static ProblemPriority defaultPriority() {
        return MEDIUM;
    }
}
