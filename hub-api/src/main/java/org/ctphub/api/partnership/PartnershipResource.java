package org.ctphub.api.partnership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.Partnership;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @GET
    @Operation(
            summary = "List the partnerships of the network",
            description = "Partnerships still onboarding are not listed.")
    public List<PartnershipJson> list() {
        return directory.listPublic().stream().map(PartnershipJson::of).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Read one partnership")
    @APIResponse(responseCode = "200", description = "The partnership")
    @APIResponse(responseCode = "404", description = "No partnership has this slug")
    public PartnershipJson get(
            @Parameter(description = "The partnership's slug, e.g. hulme-moss-side") @PathParam("slug") String slug) {
        Partnership partnership =
                directory.getPublic(currentPartnership.require().slug());
        return PartnershipJson.of(partnership);
    }
}
