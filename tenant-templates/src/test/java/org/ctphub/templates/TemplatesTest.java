package org.ctphub.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every listed template is there, complete in English and Welsh, with a well-formed taxonomy. */
class TemplatesTest {

    private static final String ROOT = "/org/ctphub/templates/";

    @Test
    void everyListedTemplateIsCompleteInBothLanguages() throws Exception {
        List<String> ids = read("index.json").getJsonArray("templates").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        assertTrue(ids.size() >= 3, "at least three templates");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "template ids are unique");
        for (String id : ids) {
            JsonObject template = read(id + "/template.json");
            assertEquals(id, template.getString("id"), "a template's id is its folder");
            assertTrue(template.getInt("version") >= 1);
            bilingual(id + " name", template.getJsonObject("name"));
            bilingual(id + " description", template.getJsonObject("description"));
            Set<String> themes = new HashSet<>();
            for (JsonObject theme : template.getJsonArray("themes").getValuesAs(JsonObject.class)) {
                String themeId = theme.getString("id");
                assertTrue(themeId.matches("[a-z]+(-[a-z]+)*"), id + ": theme id " + themeId);
                assertTrue(themes.add(themeId), id + ": theme " + themeId + " listed twice");
                bilingual(id + " theme " + themeId, theme);
            }
            assertFalse(themes.isEmpty(), id + " has themes");
        }
    }

    private static void bilingual(String what, JsonObject text) {
        assertFalse(text.getString("en").isBlank(), what + " in English");
        assertFalse(text.getString("cy").isBlank(), what + " in Welsh");
    }

    private static JsonObject read(String path) throws Exception {
        try (InputStream in = TemplatesTest.class.getResourceAsStream(ROOT + path)) {
            assertNotNull(in, "missing " + path);
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        }
    }
}
