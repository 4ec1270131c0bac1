package org.ctphub.api.solution;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.ctphub.application.solution.UpstreamReview;
import org.ctphub.domain.solution.UpstreamChanges;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "What changed since you forked": where the fork's upstream lives and what it is called now,
 * the upstream revision the fork is based on and the upstream's latest, whether it was retired,
 * and every field that differs between the two with what the fork decided so far. Once every
 * change is adopted or skipped the fork is based on the latest revision and the list is empty.
 */
@JsonbPropertyOrder({
    "fork",
    "version",
    "upstreamPartnership",
    "upstreamPartnershipName",
    "upstreamSolution",
    "upstreamName",
    "baseRevision",
    "latestRevision",
    "upstreamRetired",
    "pending",
    "changes"
})
@Schema(
        description = "What changed upstream since the revision a fork is based on, field by field, with the fork's "
                + "decisions so far",
        requiredProperties = {
            "fork",
            "version",
            "upstreamPartnership",
            "upstreamSolution",
            "baseRevision",
            "latestRevision",
            "upstreamRetired",
            "pending",
            "changes"
        })
public record UpstreamReviewJson(
        @Schema(description = "The fork's slug in this partnership")
        String fork,

        @Schema(description = "The fork's version: send it with the next decision; also the ETag")
        long version,

        @Schema(description = "The upstream's partnership, by slug")
        String upstreamPartnership,

        String upstreamPartnershipName,

        @Schema(description = "The upstream's slug in its partnership")
        String upstreamSolution,

        @Schema(description = "The name of the upstream's latest revision")
        String upstreamName,

        @Schema(description = "The upstream revision the fork is based on", minimum = "1")
        int baseRevision,

        @Schema(description = "The upstream's latest revision", minimum = "1")
        int latestRevision,

        @Schema(description = "Whether the upstream was retired from the library: it changes no more")
        boolean upstreamRetired,

        @Schema(description = "How many changed fields are still to adopt or skip", minimum = "0")
        int pending,

        // A list of records: not annotated, so that Payara keeps the reference to UpstreamChangeJson.
        List<UpstreamChangeJson> changes) {

    static UpstreamReviewJson of(UpstreamReview review) {
        UpstreamChanges changes = review.changes();
        return new UpstreamReviewJson(
                review.forkSlug(),
                review.forkVersion(),
                review.upstreamPartnershipSlug(),
                review.upstreamPartnershipName(),
                review.upstreamSlug(),
                review.upstreamName(),
                changes.baseRevision(),
                changes.latestRevision(),
                changes.upstreamRetired(),
                changes.pending().size(),
                changes.changes().stream()
                        .map(c -> UpstreamChangeJson.of(c, changes.decided().get(c.field())))
                        .toList());
    }
}
