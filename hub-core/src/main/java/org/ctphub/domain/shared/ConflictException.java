package org.ctphub.domain.shared;

/** The request clashes with the current state, for example a slug that is already taken. */
public class ConflictException extends HubException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
