package org.ctphub.api.solution;

/**
 * A change of a solution refused because it changed since the version the change started from,
 * with the answer already written ({@link SolutionConflictJson}): the resource that caught the
 * domain's refusal read the solution as it is now.
 */
public class SolutionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SolutionConflictJson answer;

    SolutionConflictException(SolutionConflictJson answer) {
        super(answer.detail(), null, false, false);
        this.answer = answer;
    }

    SolutionConflictJson answer() {
        return answer;
    }
}
