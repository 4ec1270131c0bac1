package org.ctphub.domain.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctphub.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ForkRequestKeyTest {

    @Test
    void anyOneToSixtyFourPrintableAsciiCharactersMakeAKey() {
        for (String key : List.of(
                "a",
                "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "q1w2e3+/r4t5==",
                "fork hms/events-calendar #1",
                "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
                "x".repeat(ForkRequestKey.MAX_LENGTH))) {
            assertTrue(ForkRequestKey.isValid(key), key);
            assertEquals(key, new ForkRequestKey(key).value());
        }
    }

    @Test
    void anythingElseIsRefusedNamingTheKey() {
        for (String key : List.of(
                "",
                " ",
                " leading",
                "trailing ",
                "x".repeat(ForkRequestKey.MAX_LENGTH + 1),
                "tab\there",
                "new\nline",
                "caf\u00e9",
                "\u0000")) {
            assertFalse(ForkRequestKey.isValid(key), key);
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new ForkRequestKey(key));
            assertEquals("idempotencyKey", refused.field());
        }
        assertFalse(ForkRequestKey.isValid(null));
    }
}
