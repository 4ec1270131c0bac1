package org.ctphub.testing;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Asks the test run's Keycloak directly, with the hub's own service account, what it holds. */
public final class KeycloakAdmin {

    private KeycloakAdmin() {}

    /** 200 when a group exists at this path (e.g. {@code partnerships/torbay}), 404 when not. */
    public static int groupStatus(String path) throws Exception {
        HttpResponse<String> token =
                Tokens.clientCredentials("ctphub-admin", System.getenv("CTPHUB_KEYCLOAK_ADMIN_CLIENT_SECRET"));
        String accessToken = Http.<JsonObject>json(token).getString("access_token");
        HttpRequest request = HttpRequest.newBuilder(
                        TestHub.keycloakUri().resolve("/admin/realms/ctp-hub/group-by-path/" + path))
                .header("Authorization", "Bearer " + accessToken)
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
