package org.ctphub.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ctphub.localhub.LocalKeycloak;
import org.ctphub.testing.DemoUsers;
import org.ctphub.testing.Fixtures;
import org.ctphub.testing.TestHub;
import org.ctphub.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The realm as code (hub-web/src/main/keycloak/ctp-hub-realm.json) and the demo users, proved
 * against the real Keycloak the build starts: the claims the hub relies on, the clients' flows, and
 * what the hub's service account may do. Black box: only Keycloak's own HTTP endpoints.
 */
class KeycloakRealmIT {

    private static final List<String> DEMO_PARTNERSHIPS =
            List.of("hulme-moss-side", "torbay", "merthyr-tydfil", "govan");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "central          | central-team | ''",
                "advisor-hms      | tech-advisor | hulme-moss-side",
                "advisor-torbay   | tech-advisor | torbay",
                "advisor-merthyr  | tech-advisor | merthyr-tydfil",
                "advisor-govan    | tech-advisor | govan",
                "advisor-north    | tech-advisor | hulme-moss-side govan",
                "organiser-hms    | organiser    | hulme-moss-side",
                "organiser-torbay | organiser    | torbay",
            })
    void eachDemoUserHasOneHubRoleAndTheirPartnershipsInTheAccessToken(
            String username, String role, String partnerships) {
        JsonObject claims = Tokens.claims(Tokens.accessToken(username));

        Set<String> hubRoles = strings(claims, "groups").stream()
                .filter(Set.of("central-team", "tech-advisor", "organiser")::contains)
                .collect(Collectors.toSet());
        assertEquals(Set.of(role), hubRoles, "hub roles in groups");
        Set<String> expected = partnerships.isBlank()
                ? Set.of()
                : Stream.of(partnerships.split(" "))
                        .map(slug -> "/partnerships/" + slug)
                        .collect(Collectors.toSet());
        assertEquals(expected, new HashSet<>(strings(claims, "partnerships")), "partnerships");
        assertEquals(username, claims.getString("preferred_username"));
    }

    @Test
    void advisorTokenHasTheClaimsTheHubChecks() {
        JsonObject claims = Tokens.claims(Tokens.accessToken(DemoUsers.ADVISOR_HMS));

        assertEquals(TestHub.issuer(), claims.getString("iss"));
        assertTrue(strings(claims, "aud").contains(LocalKeycloak.API_AUDIENCE), "aud: " + claims.get("aud"));
        assertFalse(claims.getString("sub", "").isBlank(), "sub");
        assertEquals(LocalKeycloak.CLI_CLIENT_ID, claims.getString("azp"));
        assertTrue(strings(claims, "groups").contains("tech-advisor"));
        assertEquals(List.of("/partnerships/hulme-moss-side"), strings(claims, "partnerships"));
        assertEquals("Daniel Mensah", claims.getString("name"));
        assertEquals("daniel.mensah@example.org", claims.getString("email"));
        // No microprofile-jwt scope: it would add upn and list every role twice.
        assertFalse(claims.containsKey("upn"), "upn");
        List<String> groups = strings(claims, "groups");
        assertEquals(groups.size(), new HashSet<>(groups).size(), "groups without duplicates: " + groups);
    }

    @Test
    void advisorOfTwoPartnershipsHasBoth() {
        JsonObject claims = Tokens.claims(Tokens.accessToken(DemoUsers.ADVISOR_NORTH));

        assertEquals(
                Set.of("/partnerships/hulme-moss-side", "/partnerships/govan"),
                new HashSet<>(strings(claims, "partnerships")));
    }

    @Test
    void centralTeamHasItsRoleAndNoPartnership() {
        JsonObject claims = Tokens.claims(Tokens.accessToken(DemoUsers.CENTRAL));

        assertTrue(strings(claims, "groups").contains("central-team"));
        assertEquals(List.of(), strings(claims, "partnerships"));
    }

    @Test
    void userinfoCarriesRolesAndPartnerships() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(TestHub.issuer() + "/protocol/openid-connect/userinfo"))
                        .header("Authorization", Tokens.bearer(DemoUsers.ORGANISER_HMS))
                        .GET());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject userinfo = object(response);
        assertTrue(strings(userinfo, "groups").contains("organiser"));
        assertEquals(List.of("/partnerships/hulme-moss-side"), strings(userinfo, "partnerships"));
    }

    @Test
    void discoveryNamesTheIssuerTheHubIsGiven() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(TestHub.issuer() + "/.well-known/openid-configuration"))
                        .GET());

        assertEquals(200, response.statusCode());
        assertEquals(TestHub.env("CTPHUB_OIDC_PROVIDER_URI"), object(response).getString("issuer"));
        assertEquals(TestHub.env("MP_JWT_VERIFY_ISSUER"), object(response).getString("issuer"));
        assertEquals(
                TestHub.env("MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
                object(response).getString("jwks_uri"));
    }

    @Test
    void wrongPasswordGetsNoToken() {
        HttpResponse<String> response =
                Tokens.passwordGrant(LocalKeycloak.CLI_CLIENT_ID, null, DemoUsers.ADVISOR_MERTHYR, "not-the-password");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid_grant", object(response).getString("error"));
    }

    @Test
    void webClientRefusesThePasswordGrant() {
        HttpResponse<String> response = Tokens.passwordGrant(
                LocalKeycloak.WEB_CLIENT_ID,
                TestHub.env("CTPHUB_OIDC_CLIENT_SECRET"),
                DemoUsers.ADVISOR_HMS,
                DemoUsers.PASSWORD);

        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.body());
        assertEquals("unauthorized_client", object(response).getString("error"));
    }

    @Test
    void apiClientIssuesNoTokens() {
        HttpResponse<String> response = Tokens.clientCredentials(LocalKeycloak.API_AUDIENCE, "any-secret");

        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.body());
    }

    @Test
    void serviceAccountManagesPartnershipGroupsAndNothingElse() throws Exception {
        String token = adminServiceAccountToken();

        JsonObject parent = object(admin(token, "GET", "group-by-path/partnerships", null));
        String parentId = parent.getString("id");
        HttpResponse<String> children = admin(token, "GET", "groups/" + parentId + "/children?max=1000", null);
        assertEquals(200, children.statusCode(), children.body());
        assertTrue(names(array(children)).containsAll(DEMO_PARTNERSHIPS), children.body());

        // What creating a partnership does: a new group under /partnerships, then its members listed.
        String slug = Fixtures.uniqueSlug("kc");
        HttpResponse<String> created =
                admin(token, "POST", "groups/" + parentId + "/children", "{\"name\":\"" + slug + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String createdId = created.headers()
                .firstValue("Location")
                .map(location -> location.substring(location.lastIndexOf('/') + 1))
                .orElseThrow();
        try {
            JsonObject byPath = object(admin(token, "GET", "group-by-path/partnerships/" + slug, null));
            assertEquals(createdId, byPath.getString("id"));
            HttpResponse<String> members = admin(token, "GET", "groups/" + createdId + "/members", null);
            assertEquals(200, members.statusCode(), members.body());
            assertEquals(0, array(members).size());
        } finally {
            assertEquals(
                    204, admin(token, "DELETE", "groups/" + createdId, null).statusCode());
        }

        String hmsId = object(admin(token, "GET", "group-by-path/partnerships/hulme-moss-side", null))
                .getString("id");
        HttpResponse<String> members =
                admin(token, "GET", "groups/" + hmsId + "/members?briefRepresentation=true", null);
        assertEquals(200, members.statusCode(), members.body());
        Set<String> usernames = array(members).getValuesAs(JsonObject.class).stream()
                .map(member -> member.getString("username"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(DemoUsers.ADVISOR_HMS, DemoUsers.ADVISOR_NORTH, DemoUsers.ORGANISER_HMS), usernames);

        // Least privilege: no clients, secrets or realm settings.
        assertEquals(403, admin(token, "GET", "clients", null).statusCode());
    }

    @Test
    void placeholdersAreFilledFromTheEnvironment() throws Exception {
        String token = masterAdminToken();
        String base = TestHub.env("CTPHUB_BASE_URL");

        JsonObject web = array(admin(token, "GET", "clients?clientId=" + LocalKeycloak.WEB_CLIENT_ID, null))
                .getJsonObject(0);
        assertEquals(List.of(base + "/*"), strings(web, "redirectUris"));
        assertEquals(List.of(base), strings(web, "webOrigins"));
        assertEquals(base + "/*", web.getJsonObject("attributes").getString("post.logout.redirect.uris"));
        assertTrue(web.getBoolean("standardFlowEnabled"));
        assertFalse(web.getBoolean("implicitFlowEnabled"));
        assertFalse(web.getBoolean("directAccessGrantsEnabled"));
        assertFalse(web.getBoolean("publicClient"));

        JsonObject secret = object(admin(token, "GET", "clients/" + web.getString("id") + "/client-secret", null));
        assertEquals(TestHub.env("CTPHUB_OIDC_CLIENT_SECRET"), secret.getString("value"));
    }

    private static String adminServiceAccountToken() {
        HttpResponse<String> response = Tokens.clientCredentials(
                LocalKeycloak.ADMIN_CLIENT_ID, TestHub.env("CTPHUB_KEYCLOAK_ADMIN_CLIENT_SECRET"));
        assertEquals(200, response.statusCode(), response.body());
        return object(response).getString("access_token");
    }

    /** Keycloak's own administrator: a test-only way to look at the realm's configuration. */
    private static String masterAdminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + LocalKeycloak.DEV_ADMIN_USERNAME
                + "&password=" + LocalKeycloak.DEV_ADMIN_PASSWORD;
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(TestHub.keycloakUri().resolve("realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, response.statusCode(), response.body());
        return object(response).getString("access_token");
    }

    private static HttpResponse<String> admin(String token, String method, String path, String jsonBody)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestHub.adminApi().resolve(path))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject object(HttpResponse<String> response) {
        return read(response).asJsonObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return read(response).asJsonArray();
    }

    private static JsonStructure read(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    private static Set<String> names(JsonArray groups) {
        return groups.getValuesAs(JsonObject.class).stream()
                .map(group -> group.getString("name"))
                .collect(Collectors.toSet());
    }

    /** A claim that may be a string or an array of strings (e.g. {@code aud}); absent is empty. */
    private static List<String> strings(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return List.of();
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return List.of(((JsonString) value).getString());
        }
        JsonArray array = value.asJsonArray();
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
