package org.ctphub.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.ctphub.localhub.LocalKeycloak;

/**
 * Access tokens from the test Keycloak, as a script would get them: the password grant on the
 * public {@code ctphub-cli} client. Use them as {@code Authorization: Bearer} on the hub's API,
 * e.g. {@code Http.get(path, "Authorization", Tokens.bearer(DemoUsers.ADVISOR_HMS))}.
 */
public final class Tokens {

    // Tokens live 5 minutes; one handed out must outlast the request it is used for.
    private static final Duration MIN_REMAINING = Duration.ofSeconds(60);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static final ConcurrentMap<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String accessToken, Instant expiresAt) {

        boolean fresh() {
            return Instant.now().plus(MIN_REMAINING).isBefore(expiresAt);
        }
    }

    private Tokens() {}

    /**
     * An access token of a demo user ({@link DemoUsers}), signed in with the demo password. Cached
     * per user for the run, and fetched again when it nears expiry: signing in costs Keycloak a
     * deliberately slow password hash.
     */
    public static String accessToken(String username) {
        return CACHE.compute(
                        username,
                        (name, cached) -> cached != null && cached.fresh() ? cached : signIn(name, DemoUsers.PASSWORD))
                .accessToken();
    }

    /** A fresh access token for any user and password; fails if Keycloak refuses them. */
    public static String accessToken(String username, String password) {
        return signIn(username, password).accessToken();
    }

    /** {@code "Bearer <token>"} for a demo user: the value of an {@code Authorization} header. */
    public static String bearer(String username) {
        return "Bearer " + accessToken(username);
    }

    /** The raw password grant, for tests of refusals; {@code clientSecret} may be null (public client). */
    public static HttpResponse<String> passwordGrant(
            String clientId, String clientSecret, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        if (clientSecret != null) {
            form.put("client_secret", clientSecret);
        }
        form.put("username", username);
        form.put("password", password);
        // As an OpenID Connect client asks: without it Keycloak's userinfo endpoint refuses the token.
        form.put("scope", "openid");
        return post(form);
    }

    /** The raw client credentials grant of a confidential client with a service account. */
    public static HttpResponse<String> clientCredentials(String clientId, String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return post(form);
    }

    /** The payload of a JWT, unverified: for looking at claims, never for trusting them. */
    public static JsonObject claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a JWT: " + parts.length + " parts");
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }

    private static Cached signIn(String username, String password) {
        Instant requested = Instant.now();
        HttpResponse<String> response = passwordGrant(LocalKeycloak.CLI_CLIENT_ID, null, username, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "Keycloak refused a token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            body = reader.readObject();
        }
        return new Cached(
                body.getString("access_token"),
                requested.plusSeconds(body.getJsonNumber("expires_in").longValue()));
    }

    private static HttpResponse<String> post(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(TestHub.tokenEndpoint())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach Keycloak at " + TestHub.tokenEndpoint(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Keycloak for a token", e);
        }
    }
}
