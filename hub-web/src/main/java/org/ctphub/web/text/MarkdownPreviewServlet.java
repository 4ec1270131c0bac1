package org.ctphub.web.text;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ctphub.application.text.Markdown;

/**
 * Renders Markdown for the live preview beside a text area ({@code static/markdown-preview.js}):
 * the same safe HTML the page will show once saved. For signed-in people only, so that the hub
 * is nobody's free renderer; it stores nothing, so it needs no partnership.
 */
@WebServlet("/markdown-preview")
public class MarkdownPreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Markdown markdown;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String source = request.getParameter("markdown");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(markdown.toHtml(source));
    }
}
