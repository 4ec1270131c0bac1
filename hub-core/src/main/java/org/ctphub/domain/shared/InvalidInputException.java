package org.ctphub.domain.shared;

/** A value given by a person or a client breaks a rule of the domain. */
public class InvalidInputException extends HubException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the input that must change, as the client sent it. */
    public String field() {
        return field;
    }
}
