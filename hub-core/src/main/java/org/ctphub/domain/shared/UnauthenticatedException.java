package org.ctphub.domain.shared;

/** Only a signed-in caller may do this. */
public class UnauthenticatedException extends HubException {

    private static final long serialVersionUID = 1L;

    public UnauthenticatedException() {
        super(Refusal.of("access.sign-in"));
    }
}
