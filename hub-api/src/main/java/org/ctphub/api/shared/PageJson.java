package org.ctphub.api.shared;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.ctphub.domain.shared.Page;

/** A page of a list with what a client needs to fetch the next one. */
@JsonbPropertyOrder({"items", "page", "size", "total", "hasNext"})
public record PageJson<T>(List<T> items, int page, int size, long total, boolean hasNext) {

    public static <D, T> PageJson<T> of(Page<D> page, Function<? super D, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageJson<>(mapped.items(), mapped.page(), mapped.size(), mapped.total(), mapped.hasNext());
    }
}
