package org.ctphub.domain.shared;

/** Only a signed-in caller may do this. */
public class UnauthenticatedException extends HubException {

    private static final long serialVersionUID = 1L;

    public UnauthenticatedException() {
        super("Sign in to do this.");
    }
}
