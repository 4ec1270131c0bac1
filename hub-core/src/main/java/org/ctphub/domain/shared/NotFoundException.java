package org.ctphub.domain.shared;

/**
 * The thing asked for does not exist, or exists in another partnership: the two cases are
 * deliberately indistinguishable.
 */
public class NotFoundException extends HubException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(Refusal refusal) {
        super(refusal);
    }
}
