package org.ctphub.localhub;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A demo user, as the banner lists it. Read from the users file Keycloak imports, so the banner
 * can never disagree with what Keycloak holds.
 */
public record DemoSignIn(String username, String password, List<String> roles, List<String> partnerships) {

    private static final Set<String> HUB_ROLES = Set.of("central-team", "tech-advisor", "organiser");
    private static final String PARTNERSHIP_GROUPS = "/partnerships/";

    public static List<DemoSignIn> read(Path usersFile) {
        try (Reader reader = Files.newBufferedReader(usersFile, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            return json.readObject().getJsonArray("users").getValuesAs(JsonObject.class).stream()
                    .map(DemoSignIn::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + usersFile, e);
        }
    }

    private static DemoSignIn of(JsonObject user) {
        String password = user.getJsonArray("credentials").getValuesAs(JsonObject.class).stream()
                .filter(credential -> "password".equals(credential.getString("type")))
                .map(credential -> credential.getString("value"))
                .findFirst()
                .orElse("?");
        List<String> roles = user.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .filter(HUB_ROLES::contains)
                .toList();
        List<String> partnerships = user.getJsonArray("groups").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .filter(group -> group.startsWith(PARTNERSHIP_GROUPS))
                .map(group -> group.substring(PARTNERSHIP_GROUPS.length()))
                .toList();
        return new DemoSignIn(user.getString("username"), password, roles, partnerships);
    }

    /** The partnerships this user may work in, as a person reads it. */
    public String scope() {
        if (!partnerships.isEmpty()) {
            return String.join(", ", partnerships);
        }
        return roles.contains("central-team") ? "every partnership" : "none";
    }
}
