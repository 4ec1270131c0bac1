package org.ctphub.domain.shared;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who did something, as a record keeps it: the identity provider's subject, which never changes,
 * and the display name people recognise at the time.
 */
public record Actor(String subject, String name) implements Serializable {

    public static final int MAX_LENGTH = 255;

    public Actor {
        subject = truncate(Objects.requireNonNull(subject, "subject"));
        name = truncate(name == null || name.isBlank() ? subject : name);
    }

    private static String truncate(String text) {
        return text.codePointCount(0, text.length()) <= MAX_LENGTH
                ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
    }
}
