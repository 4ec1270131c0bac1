package org.ctphub.api.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.api.shared.PageJson;
import org.ctphub.api.shared.Paging;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.NewProblem;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Visibility;
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

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            summary = "List the partnership's problems the caller may read, newest first",
            description = "Anonymous callers see public problems; signed-in members and the central team see all; "
                    + "members of other partnerships see network-visible and public ones.")
    @APIResponse(responseCode = "200", description = "A page of problems")
    @APIResponse(responseCode = "400", description = "page or size is not a valid number")
    @APIResponse(responseCode = "404", description = "No partnership has this slug")
    public PageJson<ProblemJson> list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        requirePublicPartnership();
        return PageJson.of(register.list(Paging.of(page, size)), ProblemJson::of);
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "Read one problem the caller may read")
    @APIResponse(responseCode = "200", description = "The problem")
    @APIResponse(
            responseCode = "404",
            description = "No problem the caller may read has this reference in this partnership")
    public ProblemJson get(
            @Parameter(description = "The problem's reference, e.g. HMS-0042") @PathParam("reference")
                    String reference) {
        requirePublicPartnership();
        if (!ProblemReference.isWellFormed(reference)) {
            throw new ProblemNotFoundException();
        }
        return ProblemJson.of(register.getReadable(ProblemReference.parse(reference)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a problem to the register (tech advisors of this partnership)")
    @APIResponse(responseCode = "201", description = "The new problem, with its reference")
    @APIResponse(responseCode = "400", description = "A field must change; see errors")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor of this partnership")
    public Response raise(NewProblemJson request) {
        requirePublicPartnership();
        if (request == null) {
            throw new InvalidInputException("body", "send the problem as a JSON object");
        }
        Problem problem = register.raise(new NewProblem(
                request.title(),
                request.summary(),
                ApiNames.parse(Visibility.class, "visibility", request.visibility())));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(problem.reference().toString())
                        .build())
                .entity(ProblemJson.of(problem))
                .build();
    }

    /** A partnership still onboarding is not public yet, and neither is anything in it. */
    private void requirePublicPartnership() {
        directory.getPublic(currentPartnership.require().slug());
    }
}
