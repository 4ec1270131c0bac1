package org.ctphub.api.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ctphub.api.error.ProblemDetails;
import org.ctphub.api.error.RequestRefusedException;
import org.ctphub.application.solution.ForkRequest;
import org.ctphub.application.solution.NewSolution;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.solution.AccessibilityStatus;
import org.ctphub.domain.solution.Connectivity;
import org.ctphub.domain.solution.Maturity;
import org.ctphub.domain.solution.PersonalData;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionKind;
import org.junit.jupiter.api.Test;

class SolutionBodiesTest {

    private static final SolutionFields CURRENT = new SolutionFields(
            "Events calendar",
            "What's on for older people",
            "A calendar",
            SolutionKind.SOFTWARE,
            List.of("loneliness"),
            "MIT",
            "https://example.org/src",
            null,
            Maturity.PILOT,
            25,
            "A small server",
            "Basic admin",
            PersonalData.CONTACT_DETAILS,
            null,
            AccessibilityStatus.NOT_CHECKED,
            null,
            List.of("en", "cy"),
            Connectivity.LOW_BANDWIDTH,
            "How to adopt it");

    /**
     * The records that document the bodies in /openapi are not what reads them, so every member
     * they name is sent with a value of the wrong kind: the reader must refuse each one by name.
     */
    @Test
    void readsEveryMemberTheOpenApiDocumentNames() {
        assertReadsEveryMember(NewSolutionJson.class, SolutionBodies::newSolution);
        assertReadsEveryMember(SolutionEditJson.class, SolutionBodies::replacement);
        assertReadsEveryMember(SolutionEditJson.class, SolutionBodies::patch);
        assertReadsEveryMember(ForkDetailsJson.class, SolutionBodies::forkDetails);
        assertReadsEveryMember(ForkRequestJson.class, body -> SolutionBodies.fork(body, null));
        assertReadsEveryMember(SolutionVersionJson.class, SolutionBodies::version);
    }

    @Test
    void aNewSolutionReadsItsChoicesInTheirApiNames() {
        NewSolution created = SolutionBodies.newSolution("{\"slug\":\"events-calendar\",\"name\":\"Events\","
                + "\"kind\":\"service-or-practice\",\"maturity\":\"in-use\",\"personalData\":\"contact-details\","
                + "\"accessibility\":\"meets-wcag-2-2-aa\",\"connectivity\":\"works-offline\","
                + "\"monthlyCostPounds\":0,\"themes\":[\"food\"],\"languages\":[\"cy\"]}");
        assertEquals("events-calendar", created.slug());
        SolutionFields fields = created.fields();
        assertEquals(SolutionKind.SERVICE_OR_PRACTICE, fields.kind());
        assertEquals(Maturity.IN_USE, fields.maturity());
        assertEquals(PersonalData.CONTACT_DETAILS, fields.personalData());
        assertEquals(AccessibilityStatus.MEETS_WCAG_2_2_AA, fields.accessibility());
        assertEquals(Connectivity.WORKS_OFFLINE, fields.connectivity());
        assertEquals(0, fields.monthlyCostPounds());
        assertEquals(List.of("food"), fields.themes());
        assertEquals(List.of("cy"), fields.languages());
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        RequestRefusedException refused = assertThrows(
                RequestRefusedException.class,
                () -> SolutionBodies.newSolution("{\"slug\":\"Not A Slug\",\"kind\":\"app\",\"monthlyCostPounds\":-1,"
                        + "\"maturity\":\"MATURE\",\"themes\":\"food\"}"));
        assertEquals(Set.of("slug", "name", "kind", "monthlyCostPounds", "maturity", "themes"), fields(refused));
    }

    @Test
    void replacingClearsWhatIsLeftOutAndPatchingKeepsIt() {
        SolutionBodies.Edit replacement = SolutionBodies.replacement("{\"name\":\"Renamed\",\"version\":3}");
        assertEquals(3L, replacement.version());
        SolutionFields replaced = replacement.change().apply(CURRENT);
        assertEquals("Renamed", replaced.name());
        assertNull(replaced.tagline());
        assertEquals(List.of(), replaced.themes());

        SolutionBodies.Edit patch =
                SolutionBodies.patch("{\"tagline\":null,\"maturity\":\"mature\",\"languages\":[\"en\"]}");
        assertNull(patch.version());
        SolutionFields patched = patch.change().apply(CURRENT);
        assertNull(patched.tagline(), "sent as null: cleared");
        assertEquals(Maturity.MATURE, patched.maturity());
        assertEquals(List.of("en"), patched.languages());
        for (SolutionField kept : List.of(SolutionField.NAME, SolutionField.DESCRIPTION, SolutionField.THEMES)) {
            assertEquals(
                    List.of(),
                    CURRENT.changesTo(patched).stream()
                            .filter(c -> c.field() == kept)
                            .toList(),
                    kept + " was not sent: kept");
        }
        assertEquals(
                Set.of("name"),
                fields(assertThrows(RequestRefusedException.class, () -> SolutionBodies.patch("{\"name\":\" \"}"))),
                "the name cannot be cleared");
    }

    @Test
    void anActionsVersionMayComeAsIfMatchInstead() {
        assertNull(SolutionBodies.version(null));
        assertNull(SolutionBodies.version(""));
        assertNull(SolutionBodies.version("{}"));
        assertEquals(7L, SolutionBodies.version("{\"version\":7}"));
        assertEquals(
                Set.of("version"),
                fields(assertThrows(RequestRefusedException.class, () -> SolutionBodies.version("{\"version\":-1}"))));
    }

    @Test
    void aForkRequestNamesItsUpstreamAndProblem() {
        ForkRequest request = SolutionBodies.fork(
                "{\"upstreamPartnership\":\"torbay\",\"upstreamSolution\":\"events-calendar\",\"revision\":2,"
                        + "\"problem\":\"HMS-0001\",\"adapted\":\"In Welsh too\"}",
                "key-1");
        assertEquals("torbay", request.upstreamPartnership().value());
        assertEquals("events-calendar", request.upstreamSolution().value());
        assertEquals(2, request.revision());
        assertEquals(ProblemReference.parse("HMS-0001"), request.problem());
        assertEquals("In Welsh too", request.adapted());
        assertEquals("key-1", request.idempotencyKey());

        RequestRefusedException refused = assertThrows(
                RequestRefusedException.class,
                () -> SolutionBodies.fork(
                        "{\"upstreamPartnership\":\"Tor Bay\",\"upstreamSolution\":\"x\",\"revision\":0,"
                                + "\"problem\":\"hms-1\"}",
                        null));
        assertEquals(Set.of("upstreamPartnership", "upstreamSolution", "revision", "problem"), fields(refused));
    }

    @Test
    void anUnknownFieldOfAnUpstreamChangeIsNamed() {
        assertEquals(SolutionField.MONTHLY_COST, UpstreamResource.field("monthlyCostPounds"));
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> UpstreamResource.field("colour"));
        assertEquals("field", refused.field());
    }

    private static Set<String> fields(RequestRefusedException refused) {
        return refused.details().errors().stream()
                .map(ProblemDetails.FieldError::field)
                .collect(Collectors.toSet());
    }

    private static void assertReadsEveryMember(Class<? extends Record> documented, Consumer<String> reader) {
        Set<String> members = Arrays.stream(documented.getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toSet());
        String body = members.stream().map(m -> "\"" + m + "\": {}").collect(Collectors.joining(", ", "{", "}"));
        RequestRefusedException refused = assertThrows(RequestRefusedException.class, () -> reader.accept(body));
        assertEquals(members, fields(refused), documented.getSimpleName());
    }
}
