package org.ctphub.localhub;

/** A failure to bring a local service up, with a message meant for the person at the console. */
public class StartupException extends Exception {

    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
