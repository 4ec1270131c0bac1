package org.ctphub.domain.solution;

/** The most sensitive personal data a solution handles, so that a partnership knows its duties before running it. */
public enum PersonalData {
    NONE,
    /** Names and contact details. */
    CONTACT_DETAILS,
    /** Special category data or data that can put someone at risk: health, immigration status, location. */
    SENSITIVE
}
