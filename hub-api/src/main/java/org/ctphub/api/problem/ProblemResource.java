package org.ctphub.api.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ctphub.api.shared.PageJson;
import org.ctphub.api.shared.Paging;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The problems of the partnership named in the path. The {@code slug} path parameter is never read
 * here: the edge has already resolved it into the current partnership.
 */
@Path("/v1/partnerships/{slug}/problems")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Problems", description = "A partnership's problem register")
public class ProblemResource {

    @Inject
    ProblemRegister register;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    PartnershipDirectory directory;

    @GET
    @Operation(summary = "List the partnership's public problems, newest first")
    @APIResponse(responseCode = "200", description = "A page of problems")
    @APIResponse(responseCode = "400", description = "page or size is not a valid number")
    @APIResponse(responseCode = "404", description = "No partnership has this slug")
    public PageJson<ProblemJson> list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        requirePublicPartnership();
        return PageJson.of(register.listPublic(Paging.of(page, size)), ProblemJson::of);
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "Read one public problem")
    @APIResponse(responseCode = "200", description = "The problem")
    @APIResponse(responseCode = "404", description = "No public problem has this reference in this partnership")
    public ProblemJson get(
            @Parameter(description = "The problem's reference, e.g. HMS-0042") @PathParam("reference")
                    String reference) {
        requirePublicPartnership();
        if (!ProblemReference.isWellFormed(reference)) {
            throw new ProblemNotFoundException();
        }
        return ProblemJson.of(register.getPublic(ProblemReference.parse(reference)));
    }

    /** A partnership still onboarding is not public yet, and neither is anything in it. */
    private void requirePublicPartnership() {
        directory.getPublic(currentPartnership.require().slug());
    }
}
