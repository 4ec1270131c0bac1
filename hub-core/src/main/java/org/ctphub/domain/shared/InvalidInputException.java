package org.ctphub.domain.shared;

/** A value given by a person or a client breaks a rule of the domain. */
public class InvalidInputException extends HubException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, Refusal refusal) {
        super(refusal);
        this.field = field;
    }

    /** The input was left empty: "title is required". */
    public static InvalidInputException required(String field) {
        return new InvalidInputException(field, Refusal.of("input.required", Refusal.field(field)));
    }

    /** The name of the input that must change, as the client sent it. */
    public String field() {
        return field;
    }
}
