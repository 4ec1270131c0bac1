package org.ctphub.web.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs out: ends the hub's session, so its cookie opens nothing any more, and Keycloak's. The
 * OpenID mechanism's logout ({@link PageSignIn}) answers with the redirect to Keycloak's
 * end-session endpoint, which brings the person back to the home page. POST only, and the
 * session cookie is SameSite=Lax, so a page on another site cannot sign people out.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean signedIn = request.getUserPrincipal() != null;
        if (signedIn) {
            request.logout();
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            // Nobody was signed in (an expired session), or the mechanism did not redirect.
            response.sendRedirect(request.getContextPath() + "/");
        }
    }
}
