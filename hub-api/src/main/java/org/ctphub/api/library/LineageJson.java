package org.ctphub.api.library;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a solution spread across the network: the tree of forks from its root down, with the
 * solution asked about marked. Forks still in draft show as in progress, naming only their
 * partnership. Built by {@link LibraryViews}.
 *
 * @param root the solution that forks nothing; each node lists its forks, oldest first
 */
@JsonbPropertyOrder({"size", "depth", "root"})
@Schema(
        description = "The tree of forks a solution belongs to, from its root down",
        requiredProperties = {"size", "depth", "root"})
public record LineageJson(
        @Schema(description = "How many solutions it holds, the root included", minimum = "1")
        int size,

        @Schema(description = "How many generations: 1 for a solution nobody forked", minimum = "1")
        int depth,

        NodeJson root) {

    /** One solution of the tree. */
    @JsonbPropertyOrder({
        "partnership",
        "partnershipName",
        "solution",
        "name",
        "state",
        "latestRevision",
        "forkedFromRevision",
        "focus",
        "page",
        "forks"
    })
    @Schema(
            name = "LineageNodeJson",
            description = "One solution of a lineage. In progress: a fork not published yet, named only by its "
                    + "partnership; a partnership not public yet is not named either",
            requiredProperties = {"state", "latestRevision", "focus", "forks"})
    public record NodeJson(
            @Schema(description = "Its partnership, by slug; absent for a partnership not public yet")
            String partnership,

            String partnershipName,

            @Schema(description = "Its slug in its partnership; absent while in progress")
            String solution,

            @Schema(description = "The name of its latest published revision; absent while in progress")
            String name,

            @Schema(enumeration = {"published", "retired", "in-progress"})
            String state,

            @Schema(description = "Its latest published revision; 0 while in progress", minimum = "0")
            int latestRevision,

            @Schema(description = "The revision of its upstream it was forked from; absent for the root", minimum = "1")
            Integer forkedFromRevision,

            @Schema(description = "Whether this is the solution the lineage was asked for")
            boolean focus,

            @Schema(description = "Its page in the library; absent while in progress", format = "uri")
            String page,

            List<NodeJson> forks) {}
}
