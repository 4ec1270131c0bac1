package org.ctphub.domain.shared;

/** The request clashes with the current state, for example a slug that is already taken. */
public class ConflictException extends HubException {

    private static final long serialVersionUID = 1L;

    public ConflictException(Refusal refusal) {
        super(refusal);
    }

    /**
     * A message that is not in the refusals bundle yet, shown in English in every language. Only
     * for {@code EditConflictException}, until its message moves into the bundle.
     */
    protected ConflictException(String untranslatedMessage) {
        super(Refusal.untranslated(untranslatedMessage));
    }
}
