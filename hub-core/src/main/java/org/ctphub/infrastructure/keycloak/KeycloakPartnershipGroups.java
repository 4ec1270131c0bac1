package org.ctphub.infrastructure.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ctphub.application.partnership.PartnershipGroups;
import org.ctphub.application.security.Role;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.infrastructure.config.HubSettings;

/**
 * Partnership groups in Keycloak, under the realm's top-level {@code partnerships} group, through
 * the Admin REST API with the {@code ctphub-admin} service account (client credentials). The
 * service account's token is reused until shortly before it expires.
 */
@ApplicationScoped
public class KeycloakPartnershipGroups implements PartnershipGroups {

    static final String PARENT_GROUP = "partnerships";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    @Inject
    HubSettings settings;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private String accessToken;
    private Instant accessTokenExpires = Instant.EPOCH;

    @Override
    public void ensureGroup(PartnershipSlug partnership) {
        if (findGroupId(PARENT_GROUP + "/" + partnership.value()) != null) {
            return;
        }
        String parentId = findGroupId(PARENT_GROUP);
        if (parentId == null) {
            throw new IdentityProviderException("The realm has no top-level group '" + PARENT_GROUP + "'");
        }
        String body = Json.createObjectBuilder()
                .add("name", partnership.value())
                .build()
                .toString();
        HttpResponse<String> response = send(HttpRequest.newBuilder(admin("groups/" + parentId + "/children"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        // 409: created meanwhile by someone else, which is what was wanted.
        if (response.statusCode() != 201 && response.statusCode() != 204 && response.statusCode() != 409) {
            throw new IdentityProviderException(
                    "Keycloak refused to create the group for " + partnership + ": HTTP " + response.statusCode());
        }
    }

    @Override
    public List<Member> members(PartnershipSlug partnership) {
        String groupId = findGroupId(PARENT_GROUP + "/" + partnership.value());
        if (groupId == null) {
            return List.of();
        }
        JsonArray users = readArray(expectOk(
                send(HttpRequest.newBuilder(admin("groups/" + groupId + "/members?briefRepresentation=true&max=500"))
                        .GET())));
        List<Member> members = new ArrayList<>();
        for (JsonObject user : users.getValuesAs(JsonObject.class)) {
            String name = (user.getString("firstName", "") + " " + user.getString("lastName", "")).strip();
            members.add(new Member(
                    user.getString("username"),
                    name.isEmpty() ? user.getString("username") : name,
                    hubRoles(user.getString("id"))));
        }
        members.sort((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()));
        return members;
    }

    private Set<String> hubRoles(String userId) {
        JsonArray roles = readArray(
                expectOk(send(HttpRequest.newBuilder(admin("users/" + userId + "/role-mappings/realm/composite"))
                        .GET())));
        Set<String> hubRoles = new TreeSet<>();
        for (JsonObject role : roles.getValuesAs(JsonObject.class)) {
            Role.fromClaim(role.getString("name")).ifPresent(r -> hubRoles.add(r.claimValue()));
        }
        return hubRoles;
    }

    /** The id of the group at this path below the realm, or null when there is none. */
    private String findGroupId(String path) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(admin("group-by-path/" + path)).GET());
        if (response.statusCode() == 404) {
            return null;
        }
        return readObject(expectOk(response)).getString("id");
    }

    private URI admin(String path) {
        return URI.create(settings.keycloakUrl() + "/admin/realms/" + encode(settings.keycloakRealm()) + "/" + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.timeout(TIMEOUT)
                            .header("Authorization", "Bearer " + serviceAccountToken())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityProviderException("Keycloak cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderException("Interrupted while calling Keycloak", e);
        }
    }

    private synchronized String serviceAccountToken() throws IOException, InterruptedException {
        if (accessToken != null && Instant.now().isBefore(accessTokenExpires.minus(EXPIRY_MARGIN))) {
            return accessToken;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(settings.keycloakAdminClientId())
                + "&client_secret=" + encode(settings.keycloakAdminClientSecret());
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(settings.keycloakUrl() + "/realms/" + encode(settings.keycloakRealm())
                                + "/protocol/openid-connect/token"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IdentityProviderException(
                    "The hub's service account could not sign in to Keycloak: HTTP " + response.statusCode());
        }
        JsonObject token = readObject(response.body());
        accessToken = token.getString("access_token");
        accessTokenExpires =
                Instant.now().plusSeconds(token.getJsonNumber("expires_in").longValue());
        return accessToken;
    }

    private static String expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IdentityProviderException("Keycloak answered HTTP " + response.statusCode() + " to "
                    + response.request().method() + " " + response.uri().getPath());
        }
        return response.body();
    }

    private static JsonObject readObject(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonArray readArray(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
