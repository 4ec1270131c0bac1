package org.ctphub.domain.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ctphub.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemReferenceTest {

    @Test
    void formatsWithAtLeastFourDigits() {
        assertEquals("HMS-0042", new ProblemReference("HMS", 42).toString());
        assertEquals("HMS-12345", new ProblemReference("HMS", 12345).toString());
    }

    @Test
    void parsesWhatItFormats() {
        ProblemReference reference = new ProblemReference("TOR", 7);
        assertEquals(reference, ProblemReference.parse(reference.toString()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "HMS",
                "HMS-42",
                "hms-0042",
                "HMS_0042",
                "HMS-0042 ",
                "HMS-0042'--",
                "H-0001",
                "HMS-12345678901"
            })
    void rejectsMalformedReferences(String text) {
        assertFalse(ProblemReference.isWellFormed(text));
        assertThrows(InvalidInputException.class, () -> ProblemReference.parse(text));
    }

    @Test
    void rejectsNull() {
        assertThrows(InvalidInputException.class, () -> ProblemReference.parse(null));
    }
}
