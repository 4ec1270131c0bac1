package org.ctphub.api.solution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of an action on a solution (publish, retire, adopt or skip an upstream
 * change): the version it started from. It may be left out, with an empty body, when If-Match
 * names the version.
 */
@Schema(description = "The version an action on a solution started from, unless sent as If-Match")
public record SolutionVersionJson(
        @Schema(description = "The version the action started from, unless sent as If-Match", minimum = "0")
        Long version) {}
