package org.ctphub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.ctphub.testing.Fixtures;
import org.ctphub.testing.Fixtures.TestPartnership;
import org.ctphub.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A's path cannot reach B's objects: another partnership's problem answers exactly as a missing
 * one, byte for byte, and a tenant named anywhere but the path is ignored. A and B share a
 * reference prefix so their references clash on purpose.
 */
class ProblemApiIT {

    private TestPartnership a;
    private TestPartnership b;

    @BeforeEach
    void twoPartnershipsWhoseReferencesClash() throws Exception {
        a = Fixtures.partnership("api-a", "ISO");
        b = Fixtures.partnership("api-b", "ISO");
        Fixtures.problem(a, "ISO-0001", "A's public problem", "PUBLIC");
        Fixtures.problem(a, "ISO-0003", "A's network problem", "NETWORK");
        Fixtures.problem(b, "ISO-0001", "B's public problem", "PUBLIC");
        Fixtures.problem(b, "ISO-0002", "B's other public problem", "PUBLIC");
    }

    @Test
    void listsOnlyThePartnershipsOwnPublicProblems() throws Exception {
        HttpResponse<String> response = Http.get(problems(a));
        assertEquals(200, response.statusCode());
        assertEquals(List.of("A's public problem"), titles(Http.json(response)));
        assertEquals(1, Http.<JsonObject>json(response).getInt("total"));
        assertEquals(
                List.of("B's other public problem", "B's public problem"), titles(Http.json(Http.get(problems(b)))));
    }

    @Test
    void anotherPartnershipsProblemAnswersExactlyLikeAMissingOne() throws Exception {
        HttpResponse<String> others = Http.get(problems(a) + "/ISO-0002");
        HttpResponse<String> missing = Http.get(problems(a) + "/ISO-0999");
        assertEquals(404, others.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(missing.body(), others.body());
        assertEquals(
                missing.headers().firstValue("Content-Type"), others.headers().firstValue("Content-Type"));

        JsonObject own = Http.json(Http.get(problems(a) + "/ISO-0001"));
        assertEquals("A's public problem", own.getString("title"));
    }

    @Test
    void aProblemThatIsNotPublicAnswersLikeAMissingOne() throws Exception {
        HttpResponse<String> network = Http.get(problems(a) + "/ISO-0003");
        assertEquals(404, network.statusCode());
        assertEquals(Http.get(problems(a) + "/ISO-0999").body(), network.body());
    }

    @Test
    void aTenantNamedAnywhereButThePathIsIgnored() throws Exception {
        HttpResponse<String> response = Http.get(
                problems(a) + "?partnership=" + b.slug() + "&partnershipId=" + b.id() + "&slug=" + b.slug(),
                "X-Partnership",
                b.slug(),
                "X-Partnership-Id",
                String.valueOf(b.id()),
                "X-Tenant-Id",
                String.valueOf(b.id()));
        assertEquals(200, response.statusCode());
        assertEquals(List.of("A's public problem"), titles(Http.json(response)));
        assertEquals(
                404,
                Http.get(problems(a) + "/ISO-0002?partnership=" + b.slug(), "X-Partnership", b.slug())
                        .statusCode());
    }

    @Test
    void badPagingAnswers400WithTheFieldToFix() throws Exception {
        for (String query : List.of("?page=abc", "?page=-1", "?size=0", "?size=1000", "?size=1e3")) {
            HttpResponse<String> response = Http.get(problems(a) + query);
            assertEquals(400, response.statusCode(), query);
            JsonObject problem = Http.json(response);
            String field = problem.getJsonArray("errors").getJsonObject(0).getString("field");
            assertTrue(query.startsWith("?" + field + "="), query + " -> " + field);
        }
    }

    @Test
    void pagesThroughProblems() throws Exception {
        HttpResponse<String> response = Http.get(problems(b) + "?size=1");
        assertTrue(
                response.body().startsWith("{\"items\":[{\"reference\":"),
                "fields in reading order: " + response.body());
        JsonObject first = Http.json(response);
        assertEquals(2, first.getInt("total"));
        assertTrue(first.getBoolean("hasNext"));
        JsonObject second = Http.json(Http.get(problems(b) + "?size=1&page=1"));
        assertEquals(List.of("B's public problem"), titles(second));
        assertEquals(false, second.getBoolean("hasNext"));
    }

    @Test
    void malformedReferencesAreSimplyNotFound() throws Exception {
        for (String reference : List.of("iso-0001", "ISO-1", "%27%20OR%201%3D1", "ISO-0001%20", "%F0%9F%91%B5")) {
            assertEquals(404, Http.get(problems(a) + "/" + reference).statusCode(), reference);
        }
        // The server itself refuses an encoded NUL in a path before the hub sees it.
        assertEquals(400, Http.get(problems(a) + "/ISO-0001%00").statusCode());
    }

    private static String problems(TestPartnership partnership) {
        return "/api/v1/partnerships/" + partnership.slug() + "/problems";
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("title"))
                .toList();
    }
}
