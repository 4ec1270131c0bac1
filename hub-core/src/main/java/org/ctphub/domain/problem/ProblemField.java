package org.ctphub.domain.problem;

/** The fields of a problem that people change, as its change log and conflicts name them. */
public enum ProblemField {
    TITLE("title"),
    SUMMARY("summary"),
    DESCRIPTION("description"),
    THEMES("themes"),
    GROUPS_AFFECTED("groupsAffected"),
    PLACE("place"),
    WARD_CODE("wardCode"),
    PRIORITY("priority"),
    VISIBILITY("visibility"),
    STATUS("status");

    private final String inputName;

    ProblemField(String inputName) {
        this.inputName = inputName;
    }

    /** The field's name in requests and refusals, e.g. {@code groupsAffected}. */
    public String inputName() {
        return inputName;
    }

    /** Whether the field's values are lists, kept one item per line in a {@link FieldChange}. */
    public boolean isList() {
        return this == THEMES || this == GROUPS_AFFECTED;
    }
}
