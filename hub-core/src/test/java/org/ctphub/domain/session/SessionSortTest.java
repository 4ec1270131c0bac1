package org.ctphub.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ctphub.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SessionSortTest {

    @Test
    void readsOnlyAllowedKeysAndDirections() {
        assertEquals(SessionSort.newestFirst(), SessionSort.parse(null, null));
        assertEquals(new SessionSort(SessionSort.Key.TITLE, true), SessionSort.parse("title", null));
        assertEquals(new SessionSort(SessionSort.Key.UPDATED, false), SessionSort.parse(" Updated ", "DESC"));
        assertEquals(new SessionSort(SessionSort.Key.DATE, true), SessionSort.parse("date", "asc"));
        assertEquals(
                "sort",
                assertThrows(InvalidInputException.class, () -> SessionSort.parse("s.title; DROP", null))
                        .field());
        assertEquals(
                "direction",
                assertThrows(InvalidInputException.class, () -> SessionSort.parse("date", "sideways"))
                        .field());
    }
}
