package org.ctphub.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ctphub.api.error.ProblemDetails;
import org.ctphub.api.error.RequestRefusedException;
import org.junit.jupiter.api.Test;

class ProblemBodiesTest {

    /**
     * The records that document the bodies in /openapi are not what reads them, so every member
     * they name is sent with a value of the wrong kind: the reader must refuse each one by name.
     */
    @Test
    void readsEveryMemberTheOpenApiDocumentNames() {
        assertReadsEveryMember(NewProblemJson.class, ProblemBodies::newProblem);
        assertReadsEveryMember(ProblemEditJson.class, ProblemBodies::replacement);
        assertReadsEveryMember(ProblemEditJson.class, ProblemBodies::patch);
        assertReadsEveryMember(StatusChangeRequestJson.class, ProblemBodies::statusChange);
        assertReadsEveryMember(NewEvidenceJson.class, ProblemBodies::newEvidence);
    }

    private static void assertReadsEveryMember(Class<? extends Record> documented, Consumer<String> reader) {
        Set<String> members = Arrays.stream(documented.getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toSet());
        String body = members.stream().map(m -> "\"" + m + "\": {}").collect(Collectors.joining(", ", "{", "}"));
        RequestRefusedException refused = assertThrows(RequestRefusedException.class, () -> reader.accept(body));
        assertEquals(
                members,
                refused.details().errors().stream()
                        .map(ProblemDetails.FieldError::field)
                        .collect(Collectors.toSet()),
                documented.getSimpleName());
    }
}
