package org.ctphub.api.session;

import org.ctphub.domain.session.CoDesignSession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body that records a session. It is read member by member ({@link SessionRequests})
 * so that each mistake names its field; the domain checks every value.
 */
@Schema(
        description = "A co-design session to record",
        requiredProperties = {"title", "date", "format"})
public record NewSessionJson(
        @Schema(maxLength = CoDesignSession.MAX_TITLE_LENGTH)
        String title,

        @Schema(description = "When it took place; at most a year ahead", format = "date", example = "2025-03-14")
        String date,

        @Schema(enumeration = {"workshop", "drop-in", "street-stall", "interview", "online"})
        String format,

        @Schema(maxLength = CoDesignSession.MAX_PLACE_LENGTH)
        String place,

        @Schema(
                description = "How many took part; a count, never names; 0 when absent",
                minimum = "0",
                maximum = "" + CoDesignSession.MAX_COUNT)
        Integer participants,

        @Schema(
                description = "How many groups were represented; 0 when absent",
                minimum = "0",
                maximum = "" + CoDesignSession.MAX_COUNT)
        Integer groupsRepresented,

        @Schema(description = "Markdown", maxLength = CoDesignSession.MAX_NOTES_LENGTH)
        String notes,

        @Schema(maxLength = CoDesignSession.MAX_DECISIONS_LENGTH)
        String decisions,

        @Schema(maxLength = CoDesignSession.MAX_ACTIONS_LENGTH)
        String actions,

        @Schema(
                description = "partnership when absent",
                enumeration = {"partnership", "network", "public"})
        String visibility) {}
