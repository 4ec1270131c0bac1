package org.ctphub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctphub.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The security headers are on every kind of response the hub serves, and errors tell a person
 * nothing about the hub's insides: a 500 shows a correlation id, never an exception.
 */
class SecurityHeadersIT {

    private static final Pattern CSP =
            Pattern.compile("default-src 'self'; script-src 'self' 'nonce-([A-Za-z0-9+/]+={0,2})'; "
                    + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
                    + "base-uri 'none'; frame-ancestors 'none'; "
                    // and the identity provider's origin, where signing out redirects a form post
                    + "form-action 'self'( https?://[a-z0-9.-]+(:[0-9]+)?)?");

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    // A forged or stale Faces view state: Faces cannot restore the view and throws, which the
    // container answers with the 500 page. Public pages have no forms, so no real visitor sends one.
    private static final String STALE_VIEW_STATE = "jakarta.faces.ViewState=stale-or-forged";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET,    /,                                200",
        "GET,    /p/torbay,                        200",
        "GET,    /p/no-such-partnership,           404",
        "GET,    /index.xhtml,                     404",
        "GET,    /api/v1/partnerships,             200",
        "GET,    /api/v1/partnerships/no-such,     404",
        "DELETE, /api/v1/partnerships,             405",
        "GET,    /static/hub.css,                  200",
        "DELETE, /static/hub.css,                  403",
        // Payara serves these inside the application at the root context, so they get them too.
        "GET,    /health/ready,                    200",
        "GET,    /openapi,                         200",
    })
    void everyResponseCarriesTheSecurityHeaders(String method, String path, int status) throws Exception {
        HttpResponse<String> response = send(method, path);
        assertEquals(status, response.statusCode(), method + " " + path);
        assertSecurityHeaders(response);
    }

    @Test
    void theCspNonceIsFreshForEveryResponse() throws Exception {
        String first = nonceOf(Http.get("/"));
        String second = nonceOf(Http.get("/"));
        assertNotEquals(first, second);
        // At least 128 bits, as CSP Level 3 asks.
        assertTrue(Base64.getDecoder().decode(first).length >= 16, first);
    }

    @Test
    void problemDetailsAreNeverCached() throws Exception {
        HttpResponse<String> response = Http.get("/api/v1/partnerships/no-such");
        assertEquals(404, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("application/problem+json"));
        assertEquals("no-store", header(response, "Cache-Control"));
    }

    @Test
    void aServerErrorShowsACorrelationIdAndNothingOfTheFailure() throws Exception {
        HttpResponse<String> response = postForm("/", STALE_VIEW_STATE, "en");
        assertEquals(500, response.statusCode());
        assertSecurityHeaders(response);
        assertTrue(header(response, "Content-Type").startsWith("text/html"));
        assertEquals("no-store", header(response, "Cache-Control"));
        String correlationId = header(response, "X-Correlation-Id");
        assertTrue(UUID.matcher(correlationId).matches(), correlationId);
        String page = response.body();
        assertTrue(page.contains("Sorry, something went wrong"), page);
        assertTrue(page.contains(correlationId), page);
        assertNoInternals(page);

        HttpResponse<String> again = postForm("/", STALE_VIEW_STATE, "cy");
        assertEquals(500, again.statusCode());
        assertTrue(again.body().contains("aeth rhywbeth o'i le"), again.body());
        assertNotEquals(correlationId, header(again, "X-Correlation-Id"), "one id per error");
        assertTrue(again.body().contains(header(again, "X-Correlation-Id")));
        assertNoInternals(again.body());
    }

    @Test
    void refusalsWithoutAPageOfTheirOwnGetTheHubsGenericPage() throws Exception {
        HttpResponse<String> response = send("DELETE", "/static/hub.css", "Accept-Language", "cy");
        assertEquals(403, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("text/html"));
        assertTrue(response.body().contains("Nid oes modd ateb y cais hwn"), response.body());
        assertNoInternals(response.body());
    }

    @Test
    void apiRefusalsStayProblemDetails() throws Exception {
        HttpResponse<String> response = send("DELETE", "/api/v1/partnerships");
        assertEquals(405, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertEquals(405, problem.getInt("status"));
        assertFalse(problem.containsKey("correlationId"), "only server errors carry one");
    }

    @Test
    void hstsIsNotSentOverPlainHttpNorOnAClientsSayingItIsHttps() throws Exception {
        assertFalse(
                Http.get("/").headers().firstValue("Strict-Transport-Security").isPresent());
        // Only a proxy the hub is configured to trust may say the request came over TLS.
        assertFalse(Http.get("/", "X-Forwarded-Proto", "https")
                .headers()
                .firstValue("Strict-Transport-Security")
                .isPresent());
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String where = response.request().method() + " " + response.uri();
        HttpHeaders headers = response.headers();
        nonceOf(response);
        assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), where);
        assertEquals(List.of("strict-origin-when-cross-origin"), headers.allValues("Referrer-Policy"), where);
        // One value: Payara would add SAMEORIGIN if the hub sent none.
        assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), where);
        String permissions = header(response, "Permissions-Policy");
        for (String feature :
                List.of("camera", "microphone", "geolocation", "payment", "interest-cohort", "browsing-topics")) {
            assertTrue(permissions.contains(feature + "=()"), where + ": " + permissions);
        }
        assertEquals(List.of("same-origin"), headers.allValues("Cross-Origin-Opener-Policy"), where);
        assertEquals(Optional.empty(), headers.firstValue("Strict-Transport-Security"), where + " is plain http");
        assertEquals(Optional.empty(), headers.firstValue("Server"), where);
        assertEquals(Optional.empty(), headers.firstValue("X-Powered-By"), where);
        assertEquals(List.of(), headers.allValues("Set-Cookie"), where);
    }

    private static String nonceOf(HttpResponse<String> response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), response.uri() + ": " + policies);
        Matcher csp = CSP.matcher(policies.get(0));
        assertTrue(csp.matches(), response.uri() + ": " + policies.get(0));
        return csp.group(1);
    }

    private static void assertNoInternals(String page) {
        for (String internal :
                List.of("Exception", "exception", "ViewExpired", "jakarta.", "com.sun", "at org.", "Payara")) {
            assertFalse(page.contains(internal), internal + " in " + page);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** Any method without a body, with optional header pairs: name, value, name, value... */
    private static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.uri(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(String path, String form, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(Http.uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
