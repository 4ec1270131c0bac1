package org.ctphub.api.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the body that records a speaker's consent to a quote, or its withdrawal. */
@Schema(
        description = "Whether the speaker consents to the quote being read outside the partnership",
        requiredProperties = "consent")
public record QuoteConsentJson(boolean consent) {}
