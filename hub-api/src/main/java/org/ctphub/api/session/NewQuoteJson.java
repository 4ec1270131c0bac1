package org.ctphub.api.session;

import org.ctphub.domain.session.SessionQuote;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the body that adds a quote to a session. */
@Schema(description = "A quote heard in a session", requiredProperties = "text")
public record NewQuoteJson(
        @Schema(maxLength = SessionQuote.MAX_TEXT_LENGTH) String text,

        @Schema(description = "Who said it, as a role, never a name", maxLength = SessionQuote.MAX_ATTRIBUTION_LENGTH)
        String attribution,

        @Schema(
                description =
                        "Whether the speaker agreed that it may be read outside the partnership; false when absent")
        Boolean consent) {}
