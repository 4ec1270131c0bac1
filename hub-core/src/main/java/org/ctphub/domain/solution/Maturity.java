package org.ctphub.domain.solution;

/** How far a solution has come, from an idea to something many rely on. */
public enum Maturity {
    IDEA,
    PROTOTYPE,
    PILOT,
    IN_USE,
    MATURE
}
