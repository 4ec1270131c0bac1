package org.ctphub.web.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ctphub.application.solution.LibrarySolution;
import org.ctphub.application.solution.SolutionLibrary;
import org.ctphub.application.solution.SolutionMetadata;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.web.routing.PageRoutes;

/**
 * Serves {@code /library/{partnership}/{solution}/publiccode.yml}, forwarded here by
 * {@link PageRoutes}: the solution's latest published revision as a {@code publiccode.yml}, for
 * public-sector software catalogues. Anything else reaching this address is a 404.
 */
@WebServlet(PubliccodeServlet.PATH)
public class PubliccodeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where {@link PageRoutes} forwards; not an address anyone is given. */
    public static final String PATH = "/library-publiccode";

    @Inject
    transient SolutionLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object partnership = request.getAttribute(PageRoutes.LIBRARY_PARTNERSHIP);
        Object solution = request.getAttribute(PageRoutes.SOLUTION);
        if (partnership == null || solution == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LibrarySolution found;
        try {
            found = library.solution(
                    new PartnershipSlug(partnership.toString()), new SolutionSlug(solution.toString()));
        } catch (NotFoundException | InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] yml = new SolutionMetadata(found, LibrarySolutionBacking.hubAddress(request))
                .publiccodeYml()
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/yaml; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"publiccode.yml\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(yml.length);
        response.getOutputStream().write(yml);
    }
}
