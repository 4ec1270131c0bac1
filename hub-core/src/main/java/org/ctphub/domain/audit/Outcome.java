package org.ctphub.domain.audit;

/** How an audited attempt ended. */
public enum Outcome {
    /** The change was made. */
    DONE,
    /** Nobody was signed in. */
    UNAUTHENTICATED,
    /** The caller lacked a role or membership. */
    FORBIDDEN,
    /** The target did not exist, or belonged to another partnership. */
    NOT_FOUND,
    /** The input broke a rule. */
    INVALID,
    /** The change clashed with the current state, e.g. someone else changed the object first. */
    CONFLICT,
    /** Something the hub depends on failed. */
    FAILED
}
