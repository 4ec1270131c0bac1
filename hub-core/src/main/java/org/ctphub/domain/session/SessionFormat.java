package org.ctphub.domain.session;

/** How a co-design session met people. */
public enum SessionFormat {
    WORKSHOP,
    DROP_IN,
    STREET_STALL,
    INTERVIEW,
    ONLINE
}
