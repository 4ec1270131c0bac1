package org.ctphub.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Solutions made through the API by the demo partnerships' tech advisors, for black-box tests:
 * drafts with a complete "can we run this?" card, published, forked. Each gets a unique slug, so
 * tests never meet each other's solutions (nor the demo network's).
 */
public final class ApiSolutions {

    private ApiSolutions() {}

    /** {@code /api/v1/partnerships/{partnership}/solutions}. */
    public static String solutions(String partnership) {
        return "/api/v1/partnerships/" + partnership + "/solutions";
    }

    /** {@code /api/v1/partnerships/{partnership}/solutions/{slug}}. */
    public static String solution(String partnership, String slug) {
        return solutions(partnership) + "/" + slug;
    }

    /**
     * The members of a solution that publishing needs, all filled in, as JSON members without
     * braces: themes from the urban and coastal templates alike (loneliness, digital-inclusion).
     */
    public static String completeCard(String name) {
        return "\"name\":\"" + name + "\",\"tagline\":\"What's on, for people who feel alone\","
                + "\"description\":\"A **calendar** of local events.\",\"kind\":\"software\","
                + "\"themes\":[\"loneliness\",\"digital-inclusion\"],\"licence\":\"AGPL-3.0-or-later\","
                + "\"sourceUrl\":\"https://example.org/calendar\",\"maturity\":\"pilot\",\"monthlyCostPounds\":25,"
                + "\"hosting\":\"A small virtual server\",\"skills\":\"Someone happy to update a web page\","
                + "\"personalData\":\"contact-details\",\"accessibility\":\"not-checked\",\"languages\":[\"en\",\"cy\"],"
                + "\"connectivity\":\"low-bandwidth\",\"adoptionGuide\":\"1. Ask the library for a room.\"";
    }

    /** A unique slug, e.g. {@code calendar-x1y2z3a4}. */
    public static String uniqueSlug(String stem) {
        return Fixtures.uniqueSlug(stem);
    }

    /** A draft with a complete card, created by {@code advisor} in {@code partnership}; the answer's JSON. */
    public static JsonObject draft(String partnership, String advisor, String slug) throws Exception {
        HttpResponse<String> created = Http.send(
                "POST",
                solutions(partnership),
                "{\"slug\":\"" + slug + "\"," + completeCard("Calendar " + slug) + "}",
                "Authorization",
                Tokens.bearer(advisor));
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created);
    }

    /** A draft published at once, as revision 1; the answer's JSON. */
    public static JsonObject published(String partnership, String advisor, String slug) throws Exception {
        JsonObject draft = draft(partnership, advisor, slug);
        return publish(partnership, advisor, slug, version(draft));
    }

    /** Publishes the solution as it is, from the given version; the answer's JSON. */
    public static JsonObject publish(String partnership, String advisor, String slug, long version) throws Exception {
        HttpResponse<String> published = Http.send(
                "POST",
                solution(partnership, slug) + "/publish",
                "{\"version\":" + version + "}",
                "Authorization",
                Tokens.bearer(advisor));
        assertEquals(200, published.statusCode(), published.body());
        return Http.json(published);
    }

    /** Changes the members given (JSON members without braces) from the given version; the answer's JSON. */
    public static JsonObject patch(String partnership, String advisor, String slug, long version, String members)
            throws Exception {
        HttpResponse<String> patched = Http.send(
                "PATCH",
                solution(partnership, slug),
                "{" + members + ",\"version\":" + version + "}",
                "Authorization",
                Tokens.bearer(advisor));
        assertEquals(200, patched.statusCode(), patched.body());
        return Http.json(patched);
    }

    /** The fork request's answer, as it is: a fork by {@code advisor} of {@code partnership}. */
    public static HttpResponse<String> fork(
            String partnership, String advisor, String upstreamPartnership, String upstreamSolution, String problem)
            throws Exception {
        return Http.send(
                "POST",
                "/api/v1/partnerships/" + partnership + "/forks",
                forkBody(upstreamPartnership, upstreamSolution, problem),
                "Authorization",
                Tokens.bearer(advisor),
                "Idempotency-Key",
                UUID.randomUUID().toString());
    }

    /** A fork made (201); its JSON. */
    public static JsonObject forked(
            String partnership, String advisor, String upstreamPartnership, String upstreamSolution, String problem)
            throws Exception {
        HttpResponse<String> fork = fork(partnership, advisor, upstreamPartnership, upstreamSolution, problem);
        assertEquals(201, fork.statusCode(), fork.body());
        return Http.json(fork);
    }

    public static String forkBody(String upstreamPartnership, String upstreamSolution, String problem) {
        return "{\"upstreamPartnership\":\"" + upstreamPartnership + "\",\"upstreamSolution\":\"" + upstreamSolution
                + "\",\"problem\":\"" + problem + "\",\"adapted\":\"Our own words\"}";
    }

    public static long version(JsonObject solution) {
        return solution.getJsonNumber("version").longValue();
    }
}
