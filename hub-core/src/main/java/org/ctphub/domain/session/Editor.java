package org.ctphub.domain.session;

import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/** Who recorded or last changed a session: the identity provider's subject and a display name. */
public record Editor(String subject, String displayName) {

    public Editor {
        if (subject == null || subject.isBlank()) {
            throw new InvalidInputException("subject", Refusal.of("session.editor.no-subject"));
        }
        if (displayName == null || displayName.isBlank()) {
            displayName = subject;
        }
    }
}
