package org.ctphub.api.partnership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ctphub.api.HubApi;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.application.partnership.NewPartnership;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.EnglishRegion;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Partnerships", description = "The partnerships of the network")
public class PartnershipResource {

    @Inject
    PartnershipDirectory directory;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    Access access;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            operationId = "listPartnerships",
            summary = "List the partnerships of the network",
            description = "Partnerships still onboarding are listed for the central team only.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = HubApi.BEARER))
    @APIResponse(
            responseCode = "200",
            description = "The partnerships, by name",
            content = @Content(schema = @Schema(ref = "PartnershipList")))
    @APIResponse(responseCode = "401", description = "A bearer token was sent but is not valid")
    public List<PartnershipJson> list() {
        List<Partnership> partnerships =
                access.caller().has(Role.CENTRAL_TEAM) ? directory.listForCentralTeam() : directory.listPublic();
        return partnerships.stream().map(PartnershipJson::of).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getPartnership", summary = "Read one partnership")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = HubApi.BEARER))
    @APIResponse(
            responseCode = "200",
            description = "The partnership",
            content = @Content(schema = @Schema(ref = "PartnershipJson")))
    @APIResponse(responseCode = "401", description = "A bearer token was sent but is not valid")
    @APIResponse(
            responseCode = "404",
            description = "No partnership has this slug, or it is onboarding and the caller is not its member")
    public PartnershipJson get(
            @Parameter(description = "The partnership's slug, e.g. hulme-moss-side") @PathParam("slug") String slug) {
        Partnership partnership = directory.get(currentPartnership.require().slug());
        return PartnershipJson.of(partnership);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerPartnership",
            summary = "Onboard a partnership (central team)",
            description = "Creates the partnership, onboarding, and its group in the identity provider.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "201",
            description = "The new partnership, onboarding",
            headers = @Header(name = "Location", description = "Where the partnership lives"),
            content = @Content(schema = @Schema(ref = "PartnershipJson")))
    @APIResponse(
            responseCode = "400",
            description = "The body is not valid JSON, or a field must change (e.g. an unknown template); errors "
                    + "names it")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not the central team")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    @APIResponse(
            responseCode = "503",
            description = "The identity provider could not create the partnership's group; nothing was saved")
    public Response register(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "NewPartnershipJson")))
                    NewPartnershipJson request) {
        if (request == null) {
            throw new InvalidInputException("body", Refusal.of("partnership.body.missing"));
        }
        PartnershipJson.LocalisedText profile = request.profile();
        Partnership partnership = directory.register(new NewPartnership(
                request.slug(),
                request.name(),
                required("nation", ApiNames.parse(Nation.class, "nation", request.nation())),
                ApiNames.parse(EnglishRegion.class, "englishRegion", request.englishRegion()),
                request.place(),
                request.referencePrefix(),
                request.templateId(),
                profile == null ? null : profile.en(),
                profile == null ? null : profile.cy()));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(partnership.slug().value())
                        .build())
                .entity(PartnershipJson.of(partnership))
                .build();
    }

    @POST
    @Path("/{slug}/activate")
    @Operation(
            operationId = "activatePartnership",
            summary = "Activate a partnership (central team)",
            description = "Lists an onboarding or paused partnership publicly.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The partnership, now active",
            content = @Content(schema = @Schema(ref = "PartnershipJson")))
    @APIResponse(responseCode = "400", description = "The partnership is closed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not the central team")
    @APIResponse(responseCode = "404", description = "No partnership has this slug")
    public PartnershipJson activate(@PathParam("slug") String slug) {
        return PartnershipJson.of(
                directory.activate(currentPartnership.require().slug()));
    }

    @GET
    @Path("/{slug}/members")
    @Operation(
            operationId = "listPartnershipMembers",
            summary = "List a partnership's members (its members and the central team)",
            description = "Read live from the identity provider.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The members, by name",
            content = @Content(schema = @Schema(ref = "MemberList")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller belongs to")
    @APIResponse(responseCode = "503", description = "The identity provider did not answer")
    public List<MemberJson> members(@PathParam("slug") String slug) {
        return directory.members(currentPartnership.require().slug()).stream()
                .map(MemberJson::of)
                .toList();
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw InvalidInputException.required(field);
        }
        return value;
    }
}
