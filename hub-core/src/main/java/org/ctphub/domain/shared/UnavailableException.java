package org.ctphub.domain.shared;

/** Something the hub depends on (such as the identity provider) did not answer; trying again later may work. */
public class UnavailableException extends HubException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(Refusal refusal) {
        super(refusal);
    }

    public UnavailableException(Refusal refusal, Throwable cause) {
        super(refusal, cause);
    }
}
