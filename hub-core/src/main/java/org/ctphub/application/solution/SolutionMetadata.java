package org.ctphub.application.solution;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.ctphub.domain.solution.LineageNode;
import org.ctphub.domain.solution.Maturity;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionKind;
import org.ctphub.domain.solution.SolutionStatus;

/**
 * A library solution described for machines: schema.org JSON-LD for its page, and a
 * {@code publiccode.yml} (the standard public-sector software catalogues read, version 0.4) to
 * download. Both say where a fork came from ({@code isBasedOn}). Addresses are absolute, from the
 * hub's public address.
 */
public final class SolutionMetadata {

    /** The publiccode.yml standard's version this writes. */
    public static final String PUBLICCODE_VERSION = "0.4";

    /** publiccode.yml's limit on the short description. */
    static final int SHORT_DESCRIPTION_LENGTH = 150;

    private final LibrarySolution solution;
    private final String hubAddress;

    /**
     * @param hubAddress the hub's public address, e.g. {@code https://hub.example.org}, without a trailing slash
     */
    public SolutionMetadata(LibrarySolution solution, String hubAddress) {
        this.solution = solution;
        this.hubAddress = hubAddress.endsWith("/") ? hubAddress.substring(0, hubAddress.length() - 1) : hubAddress;
    }

    /** The library page of a solution. */
    public String pageAddress(String partnershipSlug, String solutionSlug) {
        return hubAddress + "/library/" + partnershipSlug + "/" + solutionSlug;
    }

    private String pageAddress() {
        return pageAddress(solution.partnershipSlug(), solution.entry().slug().value());
    }

    private Optional<String> upstreamAddress() {
        return solution.upstream()
                .filter(u -> u.partnershipSlug().isPresent() && u.solutionSlug().isPresent())
                .map(u ->
                        pageAddress(u.partnershipSlug().get(), u.solutionSlug().get()));
    }

    /**
     * schema.org JSON-LD: {@code SoftwareSourceCode} for software, a {@code CreativeWork}
     * otherwise. Safe to write inside a {@code <script>} element: {@code <}, {@code >} and
     * {@code &} are written as JSON escapes.
     */
    public String jsonLd() {
        SolutionFields fields = solution.revision().fields();
        boolean software = fields.kind() == SolutionKind.SOFTWARE;
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", software ? "SoftwareSourceCode" : "CreativeWork")
                .add("@id", pageAddress())
                .add("url", pageAddress())
                .add("name", fields.name())
                .add("version", String.valueOf(solution.revision().number()))
                .add(
                        "dateModified",
                        DateTimeFormatter.ISO_INSTANT.format(solution.revision().publishedAt()))
                .add("isAccessibleForFree", true)
                .add(
                        "publisher",
                        Json.createObjectBuilder()
                                .add("@type", "Organization")
                                .add("name", solution.partnershipName())
                                .add("url", hubAddress + "/p/" + solution.partnershipSlug()));
        optional(json, "description", fields.tagline());
        optional(json, "abstract", fields.description());
        if (fields.licence() != null) {
            json.add("license", "https://spdx.org/licenses/" + fields.licence() + ".html");
        }
        if (fields.sourceUrl() != null) {
            json.add(software ? "codeRepository" : "sameAs", fields.sourceUrl());
        }
        if (!fields.languages().isEmpty()) {
            json.add("inLanguage", array(fields.languages()));
        }
        if (!fields.themes().isEmpty()) {
            json.add("keywords", array(fields.themes()));
        }
        if (solution.entry().status() == SolutionStatus.RETIRED) {
            json.add("creativeWorkStatus", "Retired");
        }
        upstreamAddress()
                .ifPresent(upstream -> json.add(
                        "isBasedOn",
                        Json.createObjectBuilder()
                                .add("@type", software ? "SoftwareSourceCode" : "CreativeWork")
                                .add("@id", upstream)
                                .add("url", upstream)
                                .add(
                                        "name",
                                        solution.upstream()
                                                .flatMap(LineageNode::name)
                                                .orElse(""))));
        return json.build()
                .toString()
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    /**
     * A {@code publiccode.yml} for the revision. Every string is a YAML double-quoted scalar with
     * JSON's escapes, which YAML reads the same, so no text can change the document's structure.
     */
    public String publiccodeYml() {
        SolutionFields fields = solution.revision().fields();
        String language =
                fields.languages().isEmpty() ? "en" : fields.languages().get(0);
        StringBuilder yml = new StringBuilder();
        yml.append("# publiccode.yml of a solution in the CTP Hub library: ")
                .append(quoted(pageAddress()))
                .append('\n');
        line(yml, 0, "publiccodeYmlVersion", quoted(PUBLICCODE_VERSION));
        line(yml, 0, "name", quoted(fields.name()));
        line(yml, 0, "url", quoted(Optional.ofNullable(fields.sourceUrl()).orElse(pageAddress())));
        line(
                yml,
                0,
                "landingURL",
                quoted(Optional.ofNullable(fields.websiteUrl()).orElse(pageAddress())));
        upstreamAddress().ifPresent(upstream -> {
            yml.append("isBasedOn:\n");
            yml.append("  - ").append(quoted(upstream)).append('\n');
        });
        line(
                yml,
                0,
                "softwareVersion",
                quoted(String.valueOf(solution.revision().number())));
        line(
                yml,
                0,
                "releaseDate",
                quoted(solution.revision()
                        .publishedAt()
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString()));
        yml.append("platforms:\n  - ")
                .append(quoted(fields.kind() == SolutionKind.SOFTWARE ? "web" : "other"))
                .append('\n');
        yml.append("categories:\n");
        for (String theme : fields.themes().isEmpty() ? List.of("community") : fields.themes()) {
            yml.append("  - ").append(quoted(theme)).append('\n');
        }
        line(yml, 0, "developmentStatus", quoted(developmentStatus(fields.maturity())));
        line(yml, 0, "softwareType", quoted(solution.upstream().isPresent() ? "standalone/other" : "standalone/web"));
        yml.append("description:\n");
        yml.append("  ").append(language).append(":\n");
        line(yml, 2, "shortDescription", quoted(shortDescription(fields)));
        line(
                yml,
                2,
                "longDescription",
                quoted(Optional.ofNullable(fields.description()).orElse(fields.name())));
        line(yml, 2, "documentation", quoted(pageAddress()));
        yml.append("    features:\n");
        yml.append("      - ")
                .append(quoted(Optional.ofNullable(fields.tagline()).orElse(fields.name())))
                .append('\n');
        yml.append("legal:\n");
        line(yml, 1, "license", quoted(Optional.ofNullable(fields.licence()).orElse("")));
        line(yml, 1, "repoOwner", quoted(solution.partnershipName()));
        yml.append("maintenance:\n");
        line(yml, 1, "type", quoted(solution.entry().status() == SolutionStatus.RETIRED ? "none" : "community"));
        if (solution.entry().status() != SolutionStatus.RETIRED) {
            yml.append("  contacts:\n");
            yml.append("    - name: ")
                    .append(quoted(solution.partnershipName()))
                    .append('\n');
        }
        yml.append("localisation:\n");
        line(yml, 1, "localisationReady", String.valueOf(fields.languages().size() > 1));
        yml.append("  availableLanguages:\n");
        for (String code : fields.languages().isEmpty() ? List.of(language) : fields.languages()) {
            yml.append("    - ").append(quoted(code)).append('\n');
        }
        return yml.toString();
    }

    private static String developmentStatus(Maturity maturity) {
        if (maturity == null) {
            return "development";
        }
        return switch (maturity) {
            case IDEA -> "concept";
            case PROTOTYPE -> "development";
            case PILOT -> "beta";
            case IN_USE, MATURE -> "stable";
        };
    }

    private static String shortDescription(SolutionFields fields) {
        String text = Optional.ofNullable(fields.tagline()).orElse(fields.name());
        return text.codePointCount(0, text.length()) <= SHORT_DESCRIPTION_LENGTH
                ? text
                : text.substring(0, text.offsetByCodePoints(0, SHORT_DESCRIPTION_LENGTH - 1)) + "…";
    }

    private static void line(StringBuilder yml, int depth, String key, String value) {
        yml.append("  ".repeat(depth)).append(key).append(": ").append(value).append('\n');
    }

    /** A YAML double-quoted scalar: JSON's string syntax, which YAML 1.2 reads as the same text. */
    static String quoted(String text) {
        String json = Json.createArrayBuilder().add(text).build().toString();
        return json.substring(1, json.length() - 1);
    }

    private static void optional(JsonObjectBuilder json, String key, String value) {
        if (value != null && !value.isBlank()) {
            json.add(key, value);
        }
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
