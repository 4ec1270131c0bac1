package org.ctphub.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ctphub.application.security.Access;

/**
 * Where Keycloak sends people back ({@link PageSignIn#CALLBACK}). The OpenID mechanism has
 * already exchanged the code for tokens by the time this runs. The session gets a new id, so that
 * an id planted before sign-in is worth nothing after it; then the person goes where they were
 * going, or where their work is.
 */
@WebServlet(PageSignIn.CALLBACK)
public class SignedInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Access access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() == null) {
            // Not a completed sign-in (an old bookmark, or a refused code): nothing to return to.
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        request.changeSessionId();
        String landing = SignInServlet.landingOf(access.caller());
        response.sendRedirect(request.getContextPath() + SignIn.takeReturnAddress(request, landing));
    }
}
