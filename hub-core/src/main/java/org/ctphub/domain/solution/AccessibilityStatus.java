package org.ctphub.domain.solution;

/** What is known of a solution's accessibility, as its card tells a partnership thinking of running it. */
public enum AccessibilityStatus {
    /** Nobody has checked yet. */
    NOT_CHECKED,
    /** Checked, with known problems the card's notes describe. */
    KNOWN_ISSUES,
    /** Checked against WCAG 2.2 AA and meets it. */
    MEETS_WCAG_2_2_AA,
    /** Not a digital service: no screens to check (a practice, say). */
    NOT_APPLICABLE
}
