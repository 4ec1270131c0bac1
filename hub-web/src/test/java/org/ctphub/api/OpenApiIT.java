package org.ctphub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.application.security.Role;
import org.ctphub.domain.partnership.EnglishRegion;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.PartnershipStatus;
import org.ctphub.domain.problem.EvidenceKind;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.problem.ProblemSort;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.session.SessionFormat;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.domain.solution.AccessibilityStatus;
import org.ctphub.domain.solution.Connectivity;
import org.ctphub.domain.solution.LibrarySort;
import org.ctphub.domain.solution.LineageNode;
import org.ctphub.domain.solution.Maturity;
import org.ctphub.domain.solution.PersonalData;
import org.ctphub.domain.solution.SolutionKind;
import org.ctphub.domain.solution.SolutionSort;
import org.ctphub.domain.solution.SolutionStatus;
import org.ctphub.domain.solution.UpstreamChoice;
import org.ctphub.testing.ApiSolutions;
import org.ctphub.testing.DemoUsers;
import org.ctphub.testing.Http;
import org.ctphub.testing.Tokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at {@code /openapi}, held against the code it describes: every resource
 * method is an operation a client can be generated from, every schema matches its record, and
 * real answers have the documented shape. A new endpoint, parameter or field that is not
 * documented fails here.
 */
class OpenApiIT {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");

    /** The error shapes an operation may document: problem details, or an extension of them. */
    private static final Set<String> ERROR_SCHEMAS =
            Set.of("ProblemDetails", "ProblemConflictJson", "SolutionConflictJson");

    /** The public library: no token needed, none used. */
    private static final String LIBRARY = "/api/v1/library";

    /** Operations whose success is not JSON: operationId to media type. */
    private static final Map<String, String> OTHER_MEDIA_TYPES = Map.of(
            "getLibrarySolutionPubliccode", "application/yaml", "getLibrarySolutionJsonLd", "application/ld+json");

    /** Components the filter derives from {@code PageJson} or writes as lists: name to item. */
    private static final Map<String, String> PAGES = Map.of(
            "ProblemSummaryPage",
            "ProblemSummaryJson",
            "SessionSummaryPage",
            "SessionSummaryJson",
            "SolutionSummaryPage",
            "SolutionSummaryJson",
            "LibraryEntryPage",
            "LibraryEntryJson");

    private static final Map<String, String> LISTS = Map.of(
            "PartnershipList",
            "PartnershipJson",
            "MemberList",
            "MemberJson",
            "FieldChangeList",
            "FieldChangeJson",
            "SolutionRevisionList",
            "SolutionRevisionSummaryJson");

    /**
     * Text members and parameters that carry an enum value, as the API names them: by name, or by
     * schema and name ({@code SolutionJson.kind}), or by operation and parameter ({@code listSolutions.status}).
     */
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
            Map.entry("status", ProblemStatus.class),
            Map.entry("nextStatuses", ProblemStatus.class),
            Map.entry("StatusChangeJson.from", ProblemStatus.class),
            Map.entry("StatusChangeJson.to", ProblemStatus.class),
            Map.entry("priority", ProblemPriority.class),
            Map.entry("visibility", Visibility.class),
            Map.entry("kind", EvidenceKind.class),
            Map.entry("format", SessionFormat.class),
            Map.entry("nation", Nation.class),
            Map.entry("englishRegion", EnglishRegion.class),
            Map.entry("roles", Role.class),
            Map.entry("PartnershipJson.status", PartnershipStatus.class),
            Map.entry("SolutionJson.status", SolutionStatus.class),
            Map.entry("SolutionSummaryJson.status", SolutionStatus.class),
            Map.entry("listSolutions.status", SolutionStatus.class),
            Map.entry("SolutionJson.kind", SolutionKind.class),
            Map.entry("SolutionSummaryJson.kind", SolutionKind.class),
            Map.entry("SolutionRevisionJson.kind", SolutionKind.class),
            Map.entry("NewSolutionJson.kind", SolutionKind.class),
            Map.entry("SolutionEditJson.kind", SolutionKind.class),
            Map.entry("maturity", Maturity.class),
            Map.entry("personalData", PersonalData.class),
            Map.entry("accessibility", AccessibilityStatus.class),
            Map.entry("connectivity", Connectivity.class),
            Map.entry("decision", UpstreamChoice.class),
            Map.entry("LibraryEntryJson.kind", SolutionKind.class),
            Map.entry("listLibrary.kind", SolutionKind.class),
            Map.entry("LibraryFacetsJson.kinds", SolutionKind.class),
            Map.entry("LibraryFacetsJson.maturities", Maturity.class),
            Map.entry("LibraryFacetsJson.sorts", LibrarySort.class),
            Map.entry("LibraryUpstreamJson.status", LineageNode.State.class),
            Map.entry("LineageNodeJson.state", LineageNode.State.class));

    /** Text members whose values are some of an enum's: the library lists no drafts. */
    private static final Map<String, List<String>> ENUM_SUBSETS = Map.of(
            "LibraryEntryJson.status", List.of("published", "retired"),
            "LibrarySolutionJson.status", List.of("published", "retired"));

    private static JsonObject document;
    private static JsonObject schemas;

    @BeforeAll
    static void fetchTheDocument() throws Exception {
        HttpResponse<String> response = Http.get("/openapi", "Accept", JSON);
        assertEquals(200, response.statusCode(), response.body());
        document = Http.json(response);
        schemas = document.getJsonObject("components").getJsonObject("schemas");
    }

    @Test
    void everyResourceMethodIsAnOperationAndNothingElseIs() throws Exception {
        Set<String> inCode = new TreeSet<>();
        for (ResourceMethod method : resourceMethods()) {
            inCode.add(method.key());
            JsonObject operation = operation(method.path(), method.httpMethod());
            assertNotNull(operation, method + " is not in the document");
            Set<String> documented = new HashSet<>();
            for (JsonObject parameter : parameters(operation)) {
                documented.add(parameter.getString("in") + " " + parameter.getString("name"));
            }
            for (String declared : method.parameters()) {
                assertTrue(documented.contains(declared), method + ": parameter " + declared + " is not documented");
            }
            assertEquals(
                    method.takesBody(), operation.containsKey("requestBody"), method + ": request body documented?");
        }
        Set<String> inDocument = new TreeSet<>();
        operations().forEach((key, operation) -> inDocument.add(key));
        assertEquals(inCode, inDocument);
    }

    @Test
    void everyOperationSaysWhatItIsWhoMayCallItAndWhatItAnswers() {
        Set<String> operationIds = new HashSet<>();
        operations().forEach((key, operation) -> {
            String path = key.substring(key.indexOf(' ') + 1);
            assertFalse(operation.getString("summary", "").isBlank(), key + ": summary");
            String id = operation.getString("operationId", "");
            assertFalse(id.isBlank(), key + ": operationId");
            assertTrue(operationIds.add(id), key + ": operationId " + id + " is not unique");
            assertNotNull(operation.getJsonArray("tags"), key + ": tags");
            assertFalse(operation.getJsonArray("tags").isEmpty(), key + ": tags");

            JsonArray security = operation.getJsonArray("security");
            assertNotNull(security, key + ": say whether a token is needed");
            Set<String> requirements = security.getValuesAs(JsonObject.class).stream()
                    .map(r -> String.join(",", r.keySet()))
                    .collect(Collectors.toSet());
            assertTrue(
                    requirements.equals(Set.of("bearer"))
                            || requirements.equals(Set.of("", "bearer"))
                            || (path.startsWith(LIBRARY) && requirements.equals(Set.of(""))),
                    key + ": security is a bearer token, needed or optional, or none at all for the public library: "
                            + requirements);

            Set<String> templated = new TreeSet<>();
            Matcher variables = TEMPLATE.matcher(path);
            while (variables.find()) {
                templated.add(variables.group(1));
            }
            Set<String> pathParameters = new TreeSet<>();
            for (JsonObject parameter : parameters(operation)) {
                assertTrue(parameter.containsKey("schema"), key + ": schema of " + parameter.getString("name"));
                assertFalse(
                        parameter.getString("description", "").isBlank(),
                        key + ": description of " + parameter.getString("name"));
                if ("path".equals(parameter.getString("in"))) {
                    pathParameters.add(parameter.getString("name"));
                    assertTrue(parameter.getBoolean("required", false), key + ": path parameters are required");
                }
            }
            assertEquals(templated, pathParameters, key + ": path parameters");

            if (operation.containsKey("requestBody")) {
                JsonObject body = operation.getJsonObject("requestBody");
                assertTrue(body.getBoolean("required", false), key + ": request body required");
                assertEquals(Set.of(JSON), body.getJsonObject("content").keySet(), key + ": request media types");
                assertNonEmptySchema(
                        key + " request", body.getJsonObject("content").getJsonObject(JSON));
            }

            JsonObject responses = operation.getJsonObject("responses");
            assertFalse(responses.containsKey("default"), key + ": name every answer's status");
            assertTrue(responses.keySet().stream().anyMatch(c -> c.startsWith("2")), key + ": a success answer");
            responses.forEach((code, value) -> {
                JsonObject response = value.asJsonObject();
                String where = key + " " + code;
                assertFalse(response.getString("description", "").isBlank(), where + ": description");
                JsonObject headers = response.getJsonObject("headers");
                if (headers != null) {
                    headers.forEach((name, header) ->
                            assertTrue(header.asJsonObject().containsKey("schema"), where + ": schema of " + name));
                }
                if (code.equals("204")) {
                    assertFalse(response.containsKey("content"), where + ": no body");
                } else if (code.startsWith("2")) {
                    String media = OTHER_MEDIA_TYPES.getOrDefault(id, JSON);
                    assertEquals(
                            Set.of(media), response.getJsonObject("content").keySet(), where);
                    if (media.equals(JSON)) {
                        assertNonEmptySchema(
                                where, response.getJsonObject("content").getJsonObject(JSON));
                    } else {
                        assertTrue(
                                response.getJsonObject("content")
                                        .getJsonObject(media)
                                        .getJsonObject("schema")
                                        .containsKey("type"),
                                where + ": a schema");
                    }
                } else {
                    assertEquals(
                            Set.of(PROBLEM_JSON),
                            response.getJsonObject("content").keySet(),
                            where);
                    String schema = refName(response.getJsonObject("content")
                            .getJsonObject(PROBLEM_JSON)
                            .getJsonObject("schema"));
                    assertTrue(ERROR_SCHEMAS.contains(schema), where + " answers problem details, not " + schema);
                }
            });

            // What every operation of this kind can answer, whatever its annotations remember.
            assertTrue(responses.containsKey("401"), key + ": a token that is not valid is refused with 401");
            if (path.contains("{slug}")) {
                assertTrue(responses.containsKey("404"), key + ": an unknown partnership is 404");
            }
            if (operation.containsKey("requestBody")
                    || parameters(operation).stream().anyMatch(p -> "query".equals(p.getString("in")))) {
                assertTrue(responses.containsKey("400"), key + ": a body or query can be refused with 400");
            }
            if (requirements.equals(Set.of("bearer")) && !(path.endsWith("/members") || key.startsWith("get "))) {
                assertTrue(responses.containsKey("403"), key + ": a change can be refused to a role with 403");
            }
            if (parameters(operation).stream().anyMatch(p -> "If-Match".equals(p.getString("name")))) {
                assertTrue(responses.containsKey("409"), key + ": an edit of an outdated copy is 409");
                assertTrue(responses.containsKey("428"), key + ": an edit naming no version is 428");
            }
        });
    }

    @Test
    void everyReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        assertFalse(references.isEmpty());
        for (String reference : references) {
            assertTrue(reference.startsWith(SCHEMAS), reference);
            assertTrue(schemas.containsKey(reference.substring(SCHEMAS.length())), reference + " is not defined");
        }
    }

    @Test
    void everySchemaMatchesTheRecordItDescribes() throws Exception {
        Map<String, Class<?>> records = new TreeMap<>();
        for (Class<?> type : apiClasses()) {
            if (type.isRecord() && Modifier.isPublic(type.getModifiers()) && isJsonShape(type)) {
                records.put(schemaName(type), type);
            }
        }
        Set<String> described = new TreeSet<>();
        for (String name : schemas.keySet()) {
            JsonObject schema = schemas.getJsonObject(name);
            if (PAGES.containsKey(name)) {
                assertMatches(name, records.get("PageJson"), schema, PAGES.get(name));
            } else if (LISTS.containsKey(name)) {
                assertEquals("array", schema.getString("type"), name);
                assertEquals(LISTS.get(name), refName(schema.getJsonObject("items")), name);
            } else if (name.equals("Date") || name.equals("DateTime")) {
                assertEquals("string", schema.getString("type"), name);
            } else {
                Class<?> record = records.get(name);
                assertNotNull(record, "no record is described by the schema " + name);
                assertMatches(name, record, schema, null);
                described.add(name);
            }
        }
        records.remove("PageJson");
        assertEquals(records.keySet(), described, "every JSON record of the API has its schema");
    }

    @Test
    void enumValuedMembersAndParametersListTheApiNamesOfTheirEnum() {
        int checked = 0;
        for (String name : schemas.keySet()) {
            JsonObject properties = schemas.getJsonObject(name).getJsonObject("properties");
            if (properties == null) {
                continue;
            }
            for (String property : properties.keySet()) {
                checked += assertEnum(name + "." + property, property, properties.getJsonObject(property));
            }
        }
        for (JsonObject operation : operations().values()) {
            for (JsonObject parameter : parameters(operation)) {
                String name = parameter.getString("name");
                if (!name.equals("sort")) {
                    checked += assertEnum(
                            operation.getString("operationId") + "." + name, name, parameter.getJsonObject("schema"));
                }
            }
        }
        assertTrue(checked > 30, "enum members and parameters checked: " + checked);
    }

    @Test
    void theProblemSchemaNamesItsReferenceTitleAndStatuses() {
        JsonObject problem = schemas.getJsonObject("ProblemJson");
        JsonObject properties = problem.getJsonObject("properties");
        assertEquals("string", properties.getJsonObject("reference").getString("type"));
        assertEquals("string", properties.getJsonObject("title").getString("type"));
        assertEquals(200, properties.getJsonObject("title").getInt("maxLength"));
        assertEquals(apiNames(ProblemStatus.class), strings(properties.getJsonObject("status"), "enum"));
        assertTrue(strings(problem, "required").containsAll(List.of("reference", "title", "status", "version")));
        assertEquals("date-time", resolve(properties.getJsonObject("updatedAt")).getString("format"));
        assertEquals("int64", properties.getJsonObject("version").getString("format"));
    }

    @Test
    void problemDetailsCarryTheirFieldMessages() {
        JsonObject details = schemas.getJsonObject("ProblemDetails");
        assertEquals(
                Set.of("type", "title", "status", "detail", "errors", "currentVersion", "correlationId"),
                details.getJsonObject("properties").keySet());
        assertEquals(Set.of("type", "title", "status"), Set.copyOf(strings(details, "required")));
        JsonObject errors = details.getJsonObject("properties").getJsonObject("errors");
        assertEquals("array", errors.getString("type"));
        JsonObject fieldError = resolve(errors.getJsonObject("items"));
        assertEquals(
                Set.of("field", "message"),
                fieldError.getJsonObject("properties").keySet());
        assertEquals(Set.of("field", "message"), Set.copyOf(strings(fieldError, "required")));
        // The conflict answer is problem details too, with more members.
        assertTrue(schemas.getJsonObject("ProblemConflictJson")
                .getJsonObject("properties")
                .keySet()
                .containsAll(List.of("type", "title", "status", "detail")));
    }

    @Test
    void sortParametersOfferExactlyTheAllowList() {
        assertEquals(
                sortValues(Arrays.stream(ProblemSort.Key.values()).map(Enum::name)),
                Set.copyOf(strings(parameter("get /api/v1/partnerships/{slug}/problems", "sort"), "enum")));
        assertEquals(
                sortValues(Arrays.stream(SessionSort.Key.values()).map(Enum::name)),
                Set.copyOf(strings(parameter("get /api/v1/partnerships/{slug}/sessions", "sort"), "enum")));
        for (String sort : strings(parameter("get /api/v1/partnerships/{slug}/problems", "sort"), "enum")) {
            ProblemSort.parse(sort);
        }
        for (String sort : strings(parameter("get /api/v1/partnerships/{slug}/sessions", "sort"), "enum")) {
            SessionSort.parse(sort);
        }
        assertEquals(
                sortValues(Arrays.stream(SolutionSort.Key.values()).map(Enum::name)),
                Set.copyOf(strings(parameter("get /api/v1/partnerships/{slug}/solutions", "sort"), "enum")));
        for (String sort : strings(parameter("get /api/v1/partnerships/{slug}/solutions", "sort"), "enum")) {
            SolutionSort.parse(sort);
        }
        assertEquals(
                Arrays.stream(LibrarySort.values()).map(LibrarySort::inputName).toList(),
                strings(parameter("get " + LIBRARY, "sort"), "enum"));
        for (String sort : strings(parameter("get " + LIBRARY, "sort"), "enum")) {
            LibrarySort.parse(sort);
        }
        try {
            ProblemSort.parse("-nonsense");
            fail("an unlisted sort key is refused");
        } catch (InvalidInputException expected) {
            // what the enum promises a client
        }
    }

    @Test
    void pagingParametersHaveTheBoundsTheServerEnforces() {
        for (String key : List.of(
                "get /api/v1/partnerships/{slug}/problems",
                "get /api/v1/partnerships/{slug}/sessions",
                "get /api/v1/partnerships/{slug}/solutions",
                "get " + LIBRARY)) {
            JsonObject page = parameter(key, "page");
            assertEquals("integer", page.getString("type"), key);
            assertEquals(0, page.getInt("minimum"), key);
            JsonObject size = parameter(key, "size");
            assertEquals("integer", size.getString("type"), key);
            assertEquals(1, size.getInt("minimum"), key);
            assertEquals(PageRequest.MAX_SIZE, size.getInt("maximum"), key);
            assertEquals(PageRequest.DEFAULT_SIZE, size.getInt("default"), key);
        }
    }

    @Test
    void realAnswersHaveTheDocumentedShape() throws Exception {
        String hms = "/api/v1/partnerships/hulme-moss-side";
        String bearer = Tokens.bearer(DemoUsers.ADVISOR_HMS);
        assertAnswerConforms("listPartnerships", "/api/v1/partnerships", bearer);
        assertAnswerConforms("getPartnership", hms, bearer);
        assertAnswerConforms("listPartnershipMembers", hms + "/members", bearer);
        JsonObject problems = assertAnswerConforms("listProblems", hms + "/problems?size=100", bearer);
        for (JsonObject problem : problems.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertAnswerConforms("getProblem", hms + "/problems/" + problem.getString("reference"), bearer);
        }
        JsonObject sessions = assertAnswerConforms("listSessions", hms + "/sessions?size=100", bearer);
        for (JsonObject session : sessions.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertAnswerConforms("getSession", hms + "/sessions/" + session.getJsonNumber("id"), bearer);
        }
        assertAnswerConforms("searchPartnership", hms + "/search?q=food", bearer);
        assertAnswerConforms("listProblems", hms + "/problems", null);

        // Solutions: one of torbay's, forked into hulme-moss-side, then changed and published again upstream.
        String slug = ApiSolutions.uniqueSlug("openapi");
        String torbay = Tokens.bearer(DemoUsers.ADVISOR_TORBAY);
        JsonObject upstream = ApiSolutions.published("torbay", DemoUsers.ADVISOR_TORBAY, slug);
        String fork = ApiSolutions.forked("hulme-moss-side", DemoUsers.ADVISOR_HMS, "torbay", slug, "HMS-0001")
                .getString("slug");
        JsonObject changed = ApiSolutions.patch(
                "torbay",
                DemoUsers.ADVISOR_TORBAY,
                slug,
                ApiSolutions.version(upstream),
                "\"tagline\":\"Changed upstream\",\"maturity\":\"in-use\",\"languages\":[\"en\"]");
        ApiSolutions.publish("torbay", DemoUsers.ADVISOR_TORBAY, slug, ApiSolutions.version(changed));
        JsonObject solutions = assertAnswerConforms("listSolutions", hms + "/solutions?size=100", bearer);
        for (JsonObject solution : solutions.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertAnswerConforms("getSolution", hms + "/solutions/" + solution.getString("slug"), bearer);
        }
        JsonObject forked = assertAnswerConforms("getSolution", hms + "/solutions/" + fork, bearer);
        assertEquals(slug, forked.getJsonObject("fork").getString("upstreamSolution"));
        JsonObject changes =
                assertAnswerConforms("getUpstreamChanges", hms + "/solutions/" + fork + "/upstream", bearer);
        assertEquals(3, changes.getJsonArray("changes").size(), changes.toString());
        String revisions = "/api/v1/partnerships/torbay/solutions/" + slug + "/revisions";
        assertAnswerConforms("listSolutionRevisions", revisions, torbay);
        assertAnswerConforms("getSolutionRevision", revisions + "/1", torbay);
        HttpResponse<String> stale = Http.send(
                "PATCH",
                "/api/v1/partnerships/torbay/solutions/" + slug,
                "{\"tagline\":\"Too late\",\"version\":" + ApiSolutions.version(upstream) + "}",
                "Authorization",
                torbay);
        assertEquals(409, stale.statusCode(), stale.body());
        assertConforms("a 409", Http.json(stale), schemas.getJsonObject("SolutionConflictJson"));

        HttpResponse<String> refused = Http.get(hms + "/problems?sort=nonsense");
        assertEquals(400, refused.statusCode());
        JsonObject details = Http.json(refused);
        assertConforms("a 400", details, schemas.getJsonObject("ProblemDetails"));
        assertEquals("sort", details.getJsonArray("errors").getJsonObject(0).getString("field"), refused.body());
        HttpResponse<String> missing = Http.get(hms + "/problems/HMS-9999");
        assertEquals(404, missing.statusCode());
        assertConforms("a 404", Http.json(missing), schemas.getJsonObject("ProblemDetails"));
    }

    @Test
    void theLibrarysAnswersHaveTheDocumentedShape() throws Exception {
        JsonObject library = assertAnswerConforms("listLibrary", LIBRARY + "?size=100", null);
        assertFalse(library.getJsonArray("items").isEmpty());
        for (JsonObject entry : library.getJsonArray("items").getValuesAs(JsonObject.class)) {
            String solution = LIBRARY + "/" + entry.getString("partnership") + "/" + entry.getString("slug");
            assertAnswerConforms("getLibrarySolution", solution, null);
            assertAnswerConforms("getLibrarySolutionLineage", solution + "/lineage", null);
        }
        String calendar = LIBRARY + "/hulme-moss-side/community-events-calendar";
        assertAnswerConforms("getLibrarySolutionRevision", calendar + "/revisions/1", null);
        assertAnswerConforms("getLibrarySolution", LIBRARY + "/govan/warm-text-line", null);
        assertAnswerConforms("getLibraryFacets", LIBRARY + "/facets", null);
        String bearer = Tokens.bearer(DemoUsers.ADVISOR_HMS);
        for (String reference : List.of("HMS-0001", "HMS-0004", "HMS-0008")) {
            assertAnswerConforms(
                    "getProblemMatches",
                    "/api/v1/partnerships/hulme-moss-side/problems/" + reference + "/matches",
                    bearer);
        }
        HttpResponse<String> refused = Http.get(LIBRARY + "?kind=robot");
        assertEquals(400, refused.statusCode());
        assertConforms("a 400", Http.json(refused), schemas.getJsonObject("ProblemDetails"));
        HttpResponse<String> missing = Http.get(LIBRARY + "/govan/meals-and-volunteers-board");
        assertEquals(404, missing.statusCode());
        assertConforms("a 404", Http.json(missing), schemas.getJsonObject("ProblemDetails"));
    }

    // --- the document

    private static Map<String, JsonObject> operations() {
        Map<String, JsonObject> operations = new TreeMap<>();
        document.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        operations.put(method + " " + path, operation.asJsonObject());
                    }
                }));
        return operations;
    }

    private static JsonObject operation(String path, String method) {
        JsonObject item = document.getJsonObject("paths").getJsonObject(path);
        return item == null ? null : item.getJsonObject(method);
    }

    private static List<JsonObject> parameters(JsonObject operation) {
        JsonArray parameters = operation.getJsonArray("parameters");
        return parameters == null ? List.of() : parameters.getValuesAs(JsonObject.class);
    }

    private static JsonObject parameter(String operationKey, String name) {
        return parameters(operations().get(operationKey)).stream()
                .filter(p -> p.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(operationKey + " has no parameter " + name))
                .getJsonObject("schema");
    }

    private static JsonObject operationById(String id) {
        return operations().values().stream()
                .filter(o -> id.equals(o.getString("operationId", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + id));
    }

    private static JsonObject resolve(JsonObject schema) {
        JsonObject resolved = schema;
        while (resolved.containsKey("$ref")) {
            String name = refName(resolved);
            resolved = schemas.getJsonObject(name);
            assertNotNull(resolved, name + " is not defined");
        }
        return resolved;
    }

    private static String refName(JsonObject schema) {
        String ref = schema.getString("$ref", "");
        assertTrue(ref.startsWith(SCHEMAS), "a reference to a component schema: " + schema);
        return ref.substring(SCHEMAS.length());
    }

    private static void assertNonEmptySchema(String where, JsonObject mediaType) {
        assertNotNull(mediaType, where + ": media type");
        JsonObject schema = resolve(mediaType.getJsonObject("schema"));
        if ("array".equals(schema.getString("type", null))) {
            schema = resolve(schema.getJsonObject("items"));
        }
        assertEquals("object", schema.getString("type", null), where);
        assertFalse(schema.getJsonObject("properties").isEmpty(), where + ": a schema with its properties");
    }

    private static void collectReferences(JsonValue value, List<String> references) {
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                if (key.equals("$ref")) {
                    references.add(((JsonString) member).getString());
                } else {
                    collectReferences(member, references);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> collectReferences(item, references));
        }
    }

    private static List<String> strings(JsonObject object, String member) {
        JsonArray array = object.getJsonArray(member);
        return array == null
                ? List.of()
                : array.getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList();
    }

    // --- schemas against records

    /** The records JSON-B writes or that document a body: {@code *Json}, what they nest, and the error shape. */
    private static boolean isJsonShape(Class<?> record) {
        Class<?> enclosing = record.getEnclosingClass();
        return record.getSimpleName().endsWith("Json")
                || (enclosing != null && isJsonShape(enclosing))
                || record.getPackageName().endsWith(".error");
    }

    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    /** Same members as the record's components, each of the type JSON-B writes it as. */
    private static void assertMatches(String name, Class<?> record, JsonObject schema, String itemSchema) {
        assertEquals("object", schema.getString("type"), name);
        JsonObject properties = schema.getJsonObject("properties");
        Set<String> components = Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(components, properties.keySet(), name + ": members of " + record.getName());
        assertTrue(properties.keySet().containsAll(strings(schema, "required")), name + ": required members exist");
        for (RecordComponent component : record.getRecordComponents()) {
            String where = name + "." + component.getName();
            JsonObject property = properties.getJsonObject(component.getName());
            if (itemSchema != null && component.getName().equals("items")) {
                assertEquals("array", property.getString("type"), where);
                assertEquals(itemSchema, refName(property.getJsonObject("items")), where);
            } else {
                assertType(where, component.getGenericType(), property);
            }
        }
    }

    private static void assertType(String where, Type type, JsonObject schema) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            assertEquals("array", schema.getString("type"), where);
            assertType(where + "[]", generic.getActualTypeArguments()[0], schema.getJsonObject("items"));
            return;
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            assertEquals(schemaName(record), refName(schema), where + ": a reference to its component");
            return;
        }
        JsonObject resolved = resolve(schema);
        String expected = type == String.class
                ? "string"
                : type == int.class || type == Integer.class
                        ? "integer int32"
                        : type == long.class || type == Long.class
                                ? "integer int64"
                                : type == boolean.class || type == Boolean.class
                                        ? "boolean"
                                        : type == Instant.class
                                                ? "string date-time"
                                                : type == LocalDate.class ? "string date" : null;
        assertNotNull(expected, where + ": the test knows no OpenAPI type for " + type.getTypeName());
        String actual = resolved.getString("type", "?")
                + (expected.contains(" ") ? " " + resolved.getString("format", "?") : "");
        assertEquals(expected, actual, where + " in " + schema);
    }

    private static int assertEnum(String where, String name, JsonObject schema) {
        String owner = where.contains(".") ? where.substring(0, where.indexOf('.')) : "";
        Class<? extends Enum<?>> type = ENUMS.getOrDefault(owner + "." + name, ENUMS.get(name));
        JsonObject values = "array".equals(schema.getString("type", null)) ? schema.getJsonObject("items") : schema;
        boolean text = values != null && "string".equals(values.getString("type", null));
        if (ENUM_SUBSETS.containsKey(owner + "." + name)) {
            assertTrue(text, where + " is text");
            assertEquals(ENUM_SUBSETS.get(owner + "." + name), strings(values, "enum"), where);
            return 1;
        }
        if (type == null || !text) {
            assertFalse(
                    values != null && values.containsKey("enum"),
                    where + " has allowed values: add it to ENUMS with the enum they come from");
            return 0;
        }
        assertEquals(apiNames(type), strings(values, "enum"), where);
        return 1;
    }

    private static List<String> apiNames(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(ApiNames::of).toList();
    }

    private static Set<String> sortValues(Stream<String> keys) {
        return keys.map(k -> k.toLowerCase(java.util.Locale.ROOT))
                .flatMap(k -> Stream.of(k, "-" + k))
                .collect(Collectors.toSet());
    }

    // --- real answers against the document

    private static JsonObject assertAnswerConforms(String operationId, String path, String bearer)
            throws IOException, InterruptedException {
        HttpResponse<String> response = bearer == null ? Http.get(path) : Http.get(path, "Authorization", bearer);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        JsonObject schema = operationById(operationId)
                .getJsonObject("responses")
                .getJsonObject("200")
                .getJsonObject("content")
                .getJsonObject(JSON)
                .getJsonObject("schema");
        JsonValue body = Http.json(response);
        assertConforms(path, body, schema);
        return body instanceof JsonObject object ? object : null;
    }

    /** Types, required and documented members, allowed values and formats; enough to trust a generated client. */
    private static void assertConforms(String where, JsonValue value, JsonObject schema) {
        JsonObject s = resolve(schema);
        switch (s.getString("type")) {
            case "object" -> {
                JsonObject object = value.asJsonObject();
                for (String required : strings(s, "required")) {
                    assertTrue(object.containsKey(required), where + ": required member " + required + " is missing");
                }
                JsonObject properties = s.getJsonObject("properties");
                object.forEach((member, memberValue) -> {
                    assertTrue(properties.containsKey(member), where + ": member " + member + " is not documented");
                    assertConforms(where + "." + member, memberValue, properties.getJsonObject(member));
                });
            }
            case "array" -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    assertConforms(where + "[" + i + "]", array.get(i), s.getJsonObject("items"));
                }
            }
            case "string" -> {
                String text = ((JsonString) value).getString();
                if (s.containsKey("enum")) {
                    assertTrue(strings(s, "enum").contains(text), where + ": " + text + " is not an allowed value");
                }
                if ("date-time".equals(s.getString("format", null))) {
                    Instant.parse(text);
                } else if ("date".equals(s.getString("format", null))) {
                    LocalDate.parse(text);
                }
                if (s.containsKey("maxLength")) {
                    assertTrue(text.codePointCount(0, text.length()) <= s.getInt("maxLength"), where + ": length");
                }
            }
            case "integer" -> assertTrue(((JsonNumber) value).isIntegral(), where + ": a whole number");
            case "boolean" ->
                assertTrue(value == JsonValue.TRUE || value == JsonValue.FALSE, where + ": true or false");
            default -> fail(where + ": unexpected schema type " + s.getString("type"));
        }
    }

    // --- the code

    private record ResourceMethod(Method method, String path, String httpMethod) {

        String key() {
            return httpMethod + " " + path;
        }

        /** The JAX-RS parameters a client sends, as {@code in name}. */
        Set<String> parameters() {
            Set<String> names = new TreeSet<>();
            for (Parameter parameter : method.getParameters()) {
                if (parameter.getAnnotation(PathParam.class) != null) {
                    names.add("path " + parameter.getAnnotation(PathParam.class).value());
                } else if (parameter.getAnnotation(QueryParam.class) != null) {
                    names.add(
                            "query " + parameter.getAnnotation(QueryParam.class).value());
                } else if (parameter.getAnnotation(HeaderParam.class) != null) {
                    names.add("header "
                            + parameter.getAnnotation(HeaderParam.class).value());
                }
            }
            return names;
        }

        /** An entity parameter: one that JAX-RS fills from the body. */
        boolean takesBody() {
            return Arrays.stream(method.getParameters()).anyMatch(p -> Arrays.stream(p.getAnnotations())
                    .noneMatch(a -> a.annotationType().getPackageName().equals("jakarta.ws.rs")
                            || a.annotationType() == Context.class));
        }

        @Override
        public String toString() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName() + " (" + key() + ")";
        }
    }

    private static List<ResourceMethod> resourceMethods() throws Exception {
        String root = HubApi.class.getAnnotation(ApplicationPath.class).value();
        List<ResourceMethod> methods = new ArrayList<>();
        for (Class<?> type : apiClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String httpMethod = httpMethod(method);
                Path methodPath = method.getAnnotation(Path.class);
                if (httpMethod == null) {
                    assertTrue(methodPath == null, method + ": sub-resource locators are not checked here");
                    continue;
                }
                String path = (root + "/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()))
                        .replaceAll("/+", "/")
                        .replaceAll("(.)/$", "$1");
                methods.add(new ResourceMethod(method, path, httpMethod.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        assertTrue(methods.size() > 20, "resource methods found: " + methods);
        return methods;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    /** Every class of hub-api, read from its jar or its classes folder, whichever is on the class path. */
    private static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path location = Paths.get(
                HubApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<java.nio.file.Path> files = Files.walk(location)) {
                files.map(location::relativize)
                        .map(java.nio.file.Path::toString)
                        .forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).forEach(names::add);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            String normalised = name.replace('\\', '/');
            if (normalised.startsWith("org/ctphub/api/")
                    && normalised.endsWith(".class")
                    && !normalised.endsWith("package-info.class")) {
                classes.add(Class.forName(
                        normalised
                                .substring(0, normalised.length() - ".class".length())
                                .replace('/', '.'),
                        false,
                        OpenApiIT.class.getClassLoader()));
            }
        }
        return classes;
    }
}
