package org.ctphub.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctphub.api.error.ProblemDetails;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the document that Payara builds from the annotations. It states once what holds for
 * every operation (errors are problem details; the partnership's slug), and it corrects what
 * Payara's scanner gets wrong, each fix generic rather than per field. {@code OpenApiIT} checks
 * the result against the resource classes and the records.
 */
public class OpenApiFilter implements OASFilter {

    /** Pages of a list: {@code PageJson} with its items typed; Payara cannot follow the type argument. */
    static final Map<String, String> PAGES = Map.of(
            "ProblemSummaryPage",
            "ProblemSummaryJson",
            "SessionSummaryPage",
            "SessionSummaryJson",
            "SolutionSummaryPage",
            "SolutionSummaryJson",
            "LibraryEntryPage",
            "LibraryEntryJson");

    /** Plain lists, which Payara can only describe as an array of anonymous copies. */
    static final Map<String, String> LISTS = Map.of(
            "PartnershipList",
            "PartnershipJson",
            "MemberList",
            "MemberJson",
            "FieldChangeList",
            "FieldChangeJson",
            "SolutionRevisionList",
            "SolutionRevisionSummaryJson");

    /**
     * Records that hold a list of themselves (a tree), by schema and member. Payara stops at the
     * recursion and leaves the list's items empty.
     */
    static final Map<String, String> TREES = Map.of("LineageNodeJson", "forks");

    private static final String PAGE = "PageJson";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String SLUG = "slug";

    @Override
    public Schema filterSchema(Schema schema) {
        clearAnnotationDefaults(schema);
        // Payara types long as number and gives no width to int; no value of this API has a fraction.
        if (schema.getType() == SchemaType.NUMBER && schema.getFormat() == null) {
            schema.setType(SchemaType.INTEGER);
            schema.setFormat("int64");
        } else if (schema.getType() == SchemaType.INTEGER && schema.getFormat() == null) {
            schema.setFormat("int32");
        }
        // Payara writes an annotation's defaultValue as text, whatever the type.
        if (schema.getType() == SchemaType.INTEGER && schema.getDefaultValue() instanceof String text) {
            schema.setDefaultValue(Long.valueOf(text.strip()));
        }
        moveConstraintsToItems(schema);
        fixListsOfText(schema);
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        // OpenAPI requires it of every path parameter; Payara leaves it false.
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        } else if (Boolean.FALSE.equals(parameter.getRequired())) {
            parameter.setRequired(null);
        }
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
        return parameter;
    }

    @Override
    public Header filterHeader(Header header) {
        // OpenAPI needs a schema for every header; Payara gives none to an annotated one.
        Content content = header.getContent();
        if (content != null
                && (content.getMediaTypes() == null || content.getMediaTypes().isEmpty())) {
            header.setContent(null);
        }
        if (header.getSchema() == null && header.getContent() == null) {
            header.setSchema(OASFactory.createSchema().type(SchemaType.STRING));
        }
        if (Boolean.FALSE.equals(header.getRequired())) {
            header.setRequired(null);
        }
        if (Boolean.FALSE.equals(header.getDeprecated())) {
            header.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(header.getAllowEmptyValue())) {
            header.setAllowEmptyValue(null);
        }
        return header;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        addCollections(api);
        mergeTags(api);
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            for (Operation operation : item.getOperations().values()) {
                if (path.contains("{" + SLUG + "}")) {
                    declareSlug(operation);
                }
                describeErrors(operation);
            }
        });
    }

    /**
     * Payara copies the default of every attribute of a {@code @Schema} annotation into the
     * schema. Each is OpenAPI's own default too, except {@code maxProperties: 0}, which would
     * forbid every property.
     */
    private static void clearAnnotationDefaults(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
    }

    /**
     * An annotation on a {@code List<String>} record component or parameter lands on the array;
     * text constraints there (allowed values, length) can only mean its items.
     */
    private static void moveConstraintsToItems(Schema schema) {
        Schema items = schema.getItems();
        if (schema.getType() != SchemaType.ARRAY || items == null || items.getRef() != null) {
            return;
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            items.setEnumeration(new ArrayList<>(schema.getEnumeration()));
            schema.setEnumeration(null);
        }
        if (schema.getMaxLength() != null) {
            items.setMaxLength(schema.getMaxLength());
            schema.setMaxLength(null);
        }
        if (schema.getPattern() != null) {
            items.setPattern(schema.getPattern());
            schema.setPattern(null);
        }
    }

    /**
     * Payara sometimes describes a {@code List<String>} record component as an array of bare
     * arrays (seen on {@code FieldChangeJson}). The API has no lists of lists, so an item that is
     * an array of nothing is text. {@code OpenApiIT} checks every list against its record.
     */
    private static void fixListsOfText(Schema schema) {
        Schema items = schema.getItems();
        if (schema.getType() == SchemaType.ARRAY
                && items != null
                && items.getRef() == null
                && items.getType() == SchemaType.ARRAY
                && items.getItems() == null) {
            schema.setItems(OASFactory.createSchema().type(SchemaType.STRING));
        }
    }

    private static void addCollections(OpenAPI api) {
        Map<String, Schema> schemas =
                api.getComponents() == null ? Map.of() : api.getComponents().getSchemas();
        Schema page = schemas.get(PAGE);
        if (page != null) {
            PAGES.forEach((name, item) -> api.getComponents().addSchema(name, pageOf(page, item)));
            api.getComponents().removeSchema(PAGE);
        }
        LISTS.forEach((name, item) -> api.getComponents()
                .addSchema(
                        name,
                        OASFactory.createSchema()
                                .type(SchemaType.ARRAY)
                                .description("A list of " + item)
                                .items(ref(item))));
        TREES.forEach((name, member) -> {
            Schema tree = schemas.get(name);
            Schema list = tree == null || tree.getProperties() == null
                    ? null
                    : tree.getProperties().get(member);
            if (list != null) {
                list.setType(SchemaType.ARRAY);
                list.setItems(ref(name));
            }
        });
    }

    private static Schema pageOf(Schema page, String item) {
        Schema typed = OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .description(page.getDescription() + "; items are " + item)
                .required(page.getRequired());
        page.getProperties().forEach((name, property) -> {
            if ("items".equals(name)) {
                typed.addProperty(
                        name, OASFactory.createSchema().type(SchemaType.ARRAY).items(ref(item)));
            } else {
                typed.addProperty(name, property);
            }
        });
        return typed;
    }

    /** Payara lists a tag once per class that names it; with a description from only one of them. */
    private static void mergeTags(OpenAPI api) {
        if (api.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : api.getTags()) {
            Tag known = byName.putIfAbsent(tag.getName(), tag);
            if (known != null && known.getDescription() == null) {
                known.setDescription(tag.getDescription());
            }
        }
        api.setTags(new ArrayList<>(byName.values()));
    }

    /**
     * Every path under {@code /v1/partnerships/{slug}} works in that partnership, resolved once at
     * the edge; most resource methods never read the slug, so Payara would not declare it.
     */
    private static void declareSlug(Operation operation) {
        List<Parameter> parameters =
                operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        parameters.removeIf(p -> SLUG.equals(p.getName()) && p.getIn() == Parameter.In.PATH);
        parameters.add(
                0,
                OASFactory.createParameter()
                        .name(SLUG)
                        .in(Parameter.In.PATH)
                        .required(true)
                        .description("The partnership's slug, e.g. hulme-moss-side")
                        .schema(OASFactory.createSchema()
                                .type(SchemaType.STRING)
                                .minLength(2)
                                .maxLength(PartnershipSlug.MAX_LENGTH)));
        operation.setParameters(parameters);
    }

    /**
     * Every refusal and failure is sent as {@code application/problem+json}; unless an operation
     * names a richer shape for one (a 409 with the current values), it is {@link ProblemDetails}.
     */
    private static void describeErrors(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (!code.startsWith("4") && !code.startsWith("5")) {
                return;
            }
            Schema schema = declaredSchema(response);
            response.setContent(OASFactory.createContent()
                    .addMediaType(
                            ProblemDetails.MEDIA_TYPE,
                            OASFactory.createMediaType()
                                    .schema(schema == null ? ref(ProblemDetails.class.getSimpleName()) : schema)));
        });
    }

    private static Schema declaredSchema(APIResponse response) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null) {
            return null;
        }
        return content.getMediaTypes().values().stream()
                .map(MediaType::getSchema)
                .filter(s -> s != null && s.getRef() != null)
                .findFirst()
                .orElse(null);
    }

    private static Schema ref(String component) {
        return OASFactory.createSchema().ref(SCHEMAS + component);
    }
}
