package org.ctphub.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void boundsPageAndSize() {
        assertEquals(
                "page",
                assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 10))
                        .field());
        assertEquals(
                "size",
                assertThrows(InvalidInputException.class, () -> new PageRequest(0, 0))
                        .field());
        assertEquals(
                "size",
                assertThrows(InvalidInputException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
                        .field());
        assertEquals(40, new PageRequest(2, 20).offset());
    }

    @Test
    void refusesAnOffsetThatWouldOverflow() {
        assertThrows(ArithmeticException.class, () -> new PageRequest(Integer.MAX_VALUE, 100).offset());
    }

    @Test
    void knowsWhetherAnotherPageFollows() {
        assertTrue(new Page<>(List.of(1, 2), 0, 2, 3).hasNext());
        assertFalse(new Page<>(List.of(3), 1, 2, 3).hasNext());
    }
}
