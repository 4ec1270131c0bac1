package org.ctphub.domain.shared;

/** The caller is known but may not do this: a role or membership is missing. */
public class ForbiddenException extends HubException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(Refusal refusal) {
        super(refusal);
    }
}
