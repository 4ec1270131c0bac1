package org.ctphub.domain.partnership;

/** The four nations of the United Kingdom. */
public enum Nation {
    ENGLAND,
    WALES,
    SCOTLAND,
    NORTHERN_IRELAND
}
