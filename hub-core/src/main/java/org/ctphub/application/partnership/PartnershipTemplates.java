package org.ctphub.application.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.partnership.Theme;

/**
 * The templates a new partnership can start from, as the {@code tenant-templates} module ships
 * them on the class path. Read once: they change only with a new release of the hub.
 */
@ApplicationScoped
public class PartnershipTemplates {

    private static final String ROOT = "/org/ctphub/templates/";

    /**
     * One template as a person chooses it: its id, its name in English and Welsh, and the themes a
     * partnership created from it files its problems under.
     */
    public record Template(String id, String nameEn, String nameCy, List<Theme> themes) {

        public Template {
            themes = List.copyOf(themes);
        }

        public String nameFor(Locale locale) {
            return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
        }

        public Taxonomy taxonomy() {
            return new Taxonomy(themes);
        }
    }

    private volatile List<Template> templates;

    public List<Template> list() {
        List<Template> loaded = templates;
        if (loaded == null) {
            loaded = load();
            templates = loaded;
        }
        return loaded;
    }

    public Optional<Template> find(String id) {
        return list().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The taxonomy of a partnership: its template's themes. A partnership created without a
     * template, or from one a later release no longer ships, has none.
     */
    public Taxonomy taxonomyOf(Partnership partnership) {
        return partnership
                .templateId()
                .flatMap(this::find)
                .map(Template::taxonomy)
                .orElse(Taxonomy.empty());
    }

    private static List<Template> load() {
        List<Template> found = new ArrayList<>();
        for (JsonString id : read("index.json").getJsonArray("templates").getValuesAs(JsonString.class)) {
            JsonObject template = read(id.getString() + "/template.json");
            JsonObject name = template.getJsonObject("name");
            List<Theme> themes = new ArrayList<>();
            JsonArray themeArray = template.getJsonArray("themes");
            if (themeArray != null) {
                for (JsonObject theme : themeArray.getValuesAs(JsonObject.class)) {
                    themes.add(new Theme(theme.getString("id"), theme.getString("en"), theme.getString("cy")));
                }
            }
            found.add(new Template(id.getString(), name.getString("en"), name.getString("cy"), themes));
        }
        return List.copyOf(found);
    }

    private static JsonObject read(String file) {
        try (InputStream in = PartnershipTemplates.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("The tenant templates are missing from the class path: " + file);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
