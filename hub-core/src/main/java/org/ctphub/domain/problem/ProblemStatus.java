package org.ctphub.domain.problem;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ctphub.domain.shared.Refusal;

/**
 * Where a problem is on its way from being named to being solved. A problem moves forward one step
 * at a time, or one step back while it is open; any open problem can be parked and resumed at any
 * open status; a solved problem can be reopened for exploring or co-designing.
 */
public enum ProblemStatus {
    RAISED(Refusal.of("problem.status.raised")),
    EXPLORING(Refusal.of("problem.status.exploring")),
    CO_DESIGNING(Refusal.of("problem.status.co-designing")),
    TRYING_A_SOLUTION(Refusal.of("problem.status.trying-a-solution")),
    SOLVED(Refusal.of("problem.status.solved")),
    PARKED(Refusal.of("problem.status.parked"));

    /** The way forward, in order; the first four are the open statuses. */
    private static final List<ProblemStatus> PATH = List.of(RAISED, EXPLORING, CO_DESIGNING, TRYING_A_SOLUTION, SOLVED);

    private final Refusal inWords;

    ProblemStatus(Refusal inWords) {
        this.inWords = inWords;
    }

    /** The status as refusals name it in a sentence, e.g. "trying a solution". */
    public Refusal inWords() {
        return inWords;
    }

    /** Open: still being worked on, neither solved nor parked. */
    public boolean isOpen() {
        return this != SOLVED && this != PARKED;
    }

    public static Set<ProblemStatus> open() {
        return Collections.unmodifiableSet(EnumSet.of(RAISED, EXPLORING, CO_DESIGNING, TRYING_A_SOLUTION));
    }

    /** The statuses a problem in this status may move to, in the order of the way forward. */
    public Set<ProblemStatus> next() {
        EnumSet<ProblemStatus> next = EnumSet.noneOf(ProblemStatus.class);
        switch (this) {
            case PARKED -> next.addAll(open());
            case SOLVED -> next.addAll(EnumSet.of(EXPLORING, CO_DESIGNING));
            default -> {
                int step = PATH.indexOf(this);
                if (step > 0) {
                    next.add(PATH.get(step - 1));
                }
                next.add(PATH.get(step + 1));
                next.add(PARKED);
            }
        }
        return Collections.unmodifiableSet(next);
    }

    public boolean canMoveTo(ProblemStatus target) {
        return next().contains(target);
    }

    /** Parking a problem, or reopening a solved one, needs a reason that others can read later. */
    public boolean needsReasonToMoveTo(ProblemStatus target) {
        return target == PARKED || (this == SOLVED && target != null && target.isOpen());
    }
}
