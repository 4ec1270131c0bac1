package org.ctphub.domain.problem;

/** Where a problem is on its way from being named to being solved. */
public enum ProblemStatus {
    RAISED,
    EXPLORING,
    CO_DESIGNING,
    TRYING_A_SOLUTION,
    SOLVED,
    PARKED
}
