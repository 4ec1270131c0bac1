package org.ctphub.domain.session;

/**
 * Who is reading a session. Quotes given without consent are only ever shown to the partnership
 * itself (its members and the central team who support it).
 */
public enum Audience {
    /** Members of the partnership that owns the session, and the central team. */
    PARTNERSHIP,
    /** Anyone else: signed-in people of other partnerships, and the public. */
    OUTSIDE;

    public static Audience of(boolean memberOrCentralTeam) {
        return memberOrCentralTeam ? PARTNERSHIP : OUTSIDE;
    }
}
