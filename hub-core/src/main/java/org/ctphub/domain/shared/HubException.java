package org.ctphub.domain.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * The root of the hub's business exceptions. Messages are written for the person who sent the
 * request: they say what to fix and never carry internal detail. {@link #getMessage()} is in
 * English, for the API's problem details and the audit trail; pages show
 * {@link #getMessage(Locale)} in the reader's language.
 */
public abstract class HubException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    protected HubException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").inEnglish());
        this.refusal = refusal;
    }

    protected HubException(Refusal refusal, Throwable cause) {
        super(Objects.requireNonNull(refusal, "refusal").inEnglish(), cause);
        this.refusal = refusal;
    }

    /** The message as a key and arguments, e.g. to name this refusal inside another. */
    public Refusal refusal() {
        return refusal;
    }

    /** The message in this language, or in English where there is no text in it. */
    public String getMessage(Locale locale) {
        return refusal.in(locale);
    }
}
