package org.ctphub.api.shared;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a list with what a client needs to fetch the next one. */
@JsonbPropertyOrder({"items", "page", "size", "total", "hasNext"})
@Schema(
        description = "A page of a list",
        requiredProperties = {"items", "page", "size", "total", "hasNext"})
public record PageJson<T>(
        List<T> items,
        @Schema(description = "Zero-based", minimum = "0") int page,

        @Schema(description = "The page size asked for", minimum = "1", maximum = "" + PageRequest.MAX_SIZE)
        int size,

        @Schema(description = "How many items the whole list has", minimum = "0")
        long total,

        @Schema(description = "Whether a page follows this one")
        boolean hasNext) {

    public static <D, T> PageJson<T> of(Page<D> page, Function<? super D, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageJson<>(mapped.items(), mapped.page(), mapped.size(), mapped.total(), mapped.hasNext());
    }
}
