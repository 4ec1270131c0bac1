package org.ctphub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.ctphub.testing.Http;
import org.junit.jupiter.api.Test;

class PartnershipApiIT {

    @Test
    void listsTheDemoPartnershipsAsJson() throws Exception {
        HttpResponse<String> response = Http.get("/api/v1/partnerships");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray partnerships = Http.json(response);
        List<String> slugs = partnerships.getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("slug"))
                .toList();
        assertTrue(
                slugs.containsAll(List.of("hulme-moss-side", "torbay", "merthyr-tydfil", "govan")), slugs.toString());
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void readsOnePartnershipWithItsRegionAndBothLanguages() throws Exception {
        HttpResponse<String> response = Http.get("/api/v1/partnerships/torbay");
        assertEquals(200, response.statusCode());
        JsonObject torbay = Http.json(response);
        assertEquals("torbay", torbay.getString("slug"));
        assertEquals("england", torbay.getString("nation"));
        assertEquals("south-west", torbay.getString("englishRegion"));
        assertEquals("active", torbay.getString("status"));
        assertFalse(torbay.getJsonObject("profile").getString("cy").isBlank());

        JsonObject merthyr = Http.json(Http.get("/api/v1/partnerships/merthyr-tydfil"));
        assertEquals("wales", merthyr.getString("nation"));
        assertEquals(
                JsonValue.ValueType.NULL,
                merthyr.get("englishRegion") == null
                        ? JsonValue.ValueType.NULL
                        : merthyr.get("englishRegion").getValueType());
    }

    @Test
    void anUnknownPartnershipIsAProblemDetails404() throws Exception {
        for (String slug : List.of("no-such-partnership", "NOT-A-SLUG", "%27%3B--", "a")) {
            HttpResponse<String> response = Http.get("/api/v1/partnerships/" + slug);
            assertEquals(404, response.statusCode(), slug);
            assertTrue(
                    response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    slug);
            JsonObject problem = Http.json(response);
            assertEquals(404, problem.getInt("status"));
            assertEquals("There is no partnership at this address.", problem.getString("detail"));
        }
    }

    @Test
    void anUnknownApiPathIsAProblemDetails404WithoutInternals() throws Exception {
        HttpResponse<String> response = Http.get("/api/v1/no-such-thing");
        assertEquals(404, response.statusCode());
        JsonObject problem = Http.json(response);
        assertEquals("Not Found", problem.getString("title"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = Http.get("/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/partnerships/{slug}/problems"), response.body());
        assertTrue(response.body().contains("CTP Hub API"));
    }

    @Test
    void healthSaysTheDatabaseIsReady() throws Exception {
        HttpResponse<String> ready = Http.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = Http.json(ready);
        JsonObject check = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("ctphub-database"))
                .findFirst()
                .orElseThrow();
        assertEquals("UP", check.getString("status"));
        assertTrue(check.getJsonObject("data").get("schema") instanceof JsonString);
        assertEquals(200, Http.get("/health/live").statusCode());
    }
}
