package org.ctphub.web.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Guards the pages outside any workspace that need someone signed in, whoever they are: today the
 * library's "Fork this" ({@code /library/{partnership}/{solution}/fork}), which then takes a
 * tech advisor on to their partnership's fork form. Someone not signed in is sent to sign in and
 * brought back. Every other library address passes untouched, so the public library never starts
 * a session.
 */
public class SignInGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern NEEDS_SIGN_IN = Pattern.compile("^/library/[^/]+/[^/]+/fork/?$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (NEEDS_SIGN_IN.matcher(path).matches() && !SignIn.require(request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
