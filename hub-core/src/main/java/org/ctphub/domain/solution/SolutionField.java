package org.ctphub.domain.solution;

import org.ctphub.domain.shared.Refusal;

/** The fields of a solution that revisions keep and forks follow, in the order of the form. */
public enum SolutionField {
    NAME("name", Refusal.field("name")),
    TAGLINE("tagline", Refusal.field("tagline")),
    DESCRIPTION("description", Refusal.field("description")),
    KIND("kind", Refusal.field("kind")),
    THEMES("themes", Refusal.field("themes")),
    LICENCE("licence", Refusal.field("licence")),
    SOURCE_URL("sourceUrl", Refusal.field("sourceUrl")),
    WEBSITE_URL("websiteUrl", Refusal.field("websiteUrl")),
    MATURITY("maturity", Refusal.field("maturity")),
    MONTHLY_COST("monthlyCostPounds", Refusal.field("monthlyCostPounds")),
    HOSTING("hosting", Refusal.field("hosting")),
    SKILLS("skills", Refusal.field("skills")),
    PERSONAL_DATA("personalData", Refusal.field("personalData")),
    PERSONAL_DATA_NOTES("personalDataNotes", Refusal.field("personalDataNotes")),
    ACCESSIBILITY("accessibility", Refusal.field("accessibility")),
    ACCESSIBILITY_NOTES("accessibilityNotes", Refusal.field("accessibilityNotes")),
    LANGUAGES("languages", Refusal.field("languages")),
    CONNECTIVITY("connectivity", Refusal.field("connectivity")),
    ADOPTION_GUIDE("adoptionGuide", Refusal.field("adoptionGuide"));

    private final String inputName;
    private final Refusal inWords;

    SolutionField(String inputName, Refusal inWords) {
        this.inputName = inputName;
        this.inWords = inWords;
    }

    /** The field's name as the reader's language says it, to name it in a refusal. */
    public Refusal inWords() {
        return inWords;
    }

    /** The field's name in requests and refusals. */
    public String inputName() {
        return inputName;
    }

    public boolean isList() {
        return this == THEMES || this == LANGUAGES;
    }
}
