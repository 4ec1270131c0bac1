package org.ctphub.domain.shared;

/**
 * The root of the hub's business exceptions. Messages are written for the person who sent the
 * request: they say what to fix and never carry internal detail.
 */
public abstract class HubException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected HubException(String message) {
        super(message);
    }
}
