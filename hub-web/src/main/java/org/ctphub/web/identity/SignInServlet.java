package org.ctphub.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.Role;
import org.ctphub.domain.partnership.PartnershipSlug;

/**
 * The "Sign in" link of every public page. It sends someone not signed in to Keycloak, which
 * brings them back here; then it takes them where their work is: the central team to the
 * network's partnerships, a member to their (first) partnership's workspace, anyone else home.
 * A link, not a form, because signing in changes nothing until the person types a password.
 */
@WebServlet("/sign-in")
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Access access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!SignIn.require(request, response)) {
            return;
        }
        // Reached only when already signed in; otherwise SignedInServlet finishes the sign-in.
        response.sendRedirect(request.getContextPath() + landingOf(access.caller()));
    }

    static String landingOf(Caller caller) {
        if (caller.has(Role.CENTRAL_TEAM)) {
            return "/admin/partnerships";
        }
        if (!caller.has(Role.TECH_ADVISOR) && !caller.has(Role.ORGANISER)) {
            return "/";
        }
        return caller.partnerships().stream()
                .map(PartnershipSlug::value)
                .min(Comparator.naturalOrder())
                .map(slug -> "/p/" + slug + "/workspace")
                .orElse("/");
    }
}
