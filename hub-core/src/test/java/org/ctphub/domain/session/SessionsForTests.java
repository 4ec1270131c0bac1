package org.ctphub.domain.session;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.ctphub.domain.shared.Visibility;

/** Sessions and ids as the database would give them, for tests that run without one. */
public final class SessionsForTests {

    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    public static final Editor ADVISOR = new Editor("advisor-1", "Ada Advisor");

    private SessionsForTests() {}

    public static SessionDetails details(String title, Visibility visibility) {
        return new SessionDetails(
                title,
                TODAY.minusDays(3),
                SessionFormat.WORKSHOP,
                "Community centre",
                12,
                3,
                "We talked about *loneliness*.",
                "Try a weekly lunch",
                "Ada books the hall",
                visibility);
    }

    /** Gives an entity the id the database would have generated. */
    public static void assignId(Object entity, long id) {
        set(entity, "id", id);
    }

    /** Moves a session's version as a save by someone else would. */
    public static void assignVersion(CoDesignSession session, long version) {
        set(session, "version", version);
    }

    private static void set(Object entity, String name, Object value) {
        try {
            Field field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(entity, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
