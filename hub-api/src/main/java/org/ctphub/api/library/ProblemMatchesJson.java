package org.ctphub.api.library;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the network offers for one problem: published solutions for its themes or in similar
 * words, and how many other partnerships logged a similar problem, never exactly when fewer than
 * three. Built by {@link LibraryViews}.
 *
 * @param solutions suggestions, those filed under one of the problem's themes first; at most five
 */
@JsonbPropertyOrder({"solutions", "similarElsewhere"})
@Schema(
        description = "Published solutions for a problem, and how many other partnerships logged a similar one",
        requiredProperties = {"solutions", "similarElsewhere"})
public record ProblemMatchesJson(List<LibraryEntryJson> solutions, SimilarElsewhereJson similarElsewhere) {

    /**
     * How many other partnerships logged a similar problem visible to the network: either
     * {@code count}, or {@code fewerThan}, so that one or two partnerships cannot be singled out.
     */
    @JsonbPropertyOrder({"count", "fewerThan"})
    @Schema(
            description = "How many other partnerships logged a similar problem visible to the network. Exactly one "
                    + "member is present: count, or fewerThan when the count is too small to tell")
    public record SimilarElsewhereJson(
            @Schema(description = "How many partnerships; present from 3 up", minimum = "3")
            Long count,

            @Schema(description = "Present, as 3, when fewer than 3 partnerships did, none included", minimum = "3")
            Integer fewerThan) {}
}
