package org.ctphub.web.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctphub.api.error.ProblemDetails;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs on the container's error dispatch, for every error the application answers through
 * {@code web.xml}'s error pages: a status sent with {@code sendError} or an exception no one
 * caught. A server error gets a new correlation id, logged at SEVERE with the exception and shown
 * to the person (the page's {@code requestScope.correlationId}, the {@value
 * ProblemDetails#CORRELATION_ID_HEADER} header), so an operator can find the one from the other.
 *
 * <p>Under {@code /api/} the answer is a problem details document rather than an HTML page, so a
 * client sees one error shape even when the refusal came from the container or a filter (a
 * bearer token the container rejected, a failure before JAX-RS was reached).
 */
public class ErrorResponseFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String CORRELATION_ID_ATTRIBUTE = "correlationId";

    private static final Logger LOG = Logger.getLogger(ErrorResponseFilter.class.getName());

    private static final String API = "/api/";
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private static final String MESSAGES = "org.ctphub.web.i18n.messages";
    private static final Locale WELSH = Locale.forLanguageTag("cy");

    private transient Jsonb jsonb;
    private transient ContentSecurityPolicy policy;

    @Override
    public void init() {
        jsonb = JsonbBuilder.create();
        policy = ContentSecurityPolicy.from(ConfigProvider.getConfig());
    }

    @Override
    public void destroy() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Closing JSON-B", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int status = statusOf(request, response);
        String correlationId = null;
        if (status >= 500) {
            correlationId = UUID.randomUUID().toString();
            Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(
                    Level.SEVERE,
                    "Server error " + status + " for " + request.getMethod() + " " + originalPath(request)
                            + ", correlation id " + correlationId,
                    exception);
            request.setAttribute(CORRELATION_ID_ATTRIBUTE, correlationId);
            setCorrelationHeaders(response, correlationId);
        }
        if (originalPath(request).startsWith(API)) {
            writeProblem(response, status, correlationId);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            // The error page itself failed (a broken template, say). Left to the container, that
            // would end in Payara's own report, which prints stack traces: answer plainly instead.
            LOG.log(Level.SEVERE, "The error page for status " + status + " failed", e);
            writePlainFallback(request, response, status, correlationId);
        }
    }

    private static void setCorrelationHeaders(HttpServletResponse response, String correlationId) {
        response.setHeader(ProblemDetails.CORRELATION_ID_HEADER, correlationId);
        // The answer names this one failure; no cache should keep it.
        response.setHeader("Cache-Control", "no-store");
    }

    private void writePlainFallback(
            HttpServletRequest request, HttpServletResponse response, int status, String correlationId)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        // The failed page may have reset the response, headers and all.
        SecurityHeadersFilter.setHeaders(request, response, policy);
        if (correlationId != null) {
            setCorrelationHeaders(response, correlationId);
        }
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder text = new StringBuilder();
        // Both languages, as there is no page to pick one; the texts are the error pages' own.
        for (Locale locale : List.of(Locale.ENGLISH, WELSH)) {
            ResourceBundle messages = ResourceBundle.getBundle(MESSAGES, locale);
            text.append(messages.getString(status >= 500 ? "error.500.title" : "error.refused.title"))
                    .append('\n');
            if (correlationId != null) {
                text.append(messages.getString("error.500.reference"))
                        .append(' ')
                        .append(correlationId)
                        .append('\n');
            }
            text.append('\n');
        }
        try {
            response.getWriter().write(text.toString());
        } catch (IllegalStateException streamInUse) {
            response.getOutputStream().write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static int statusOf(HttpServletRequest request, HttpServletResponse response) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code ? code : response.getStatus();
    }

    /** The path the client asked for, within the application; the dispatch's own is the error page's. */
    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String value ? value : request.getRequestURI();
        String context = request.getContextPath();
        return path.startsWith(context) ? path.substring(context.length()) : path;
    }

    private void writeProblem(HttpServletResponse response, int status, String correlationId) throws IOException {
        Response.Status known = Response.Status.fromStatusCode(status);
        ProblemDetails problem = ProblemDetails.forStatus(status, known == null ? "Error" : known.getReasonPhrase());
        if (correlationId != null) {
            problem = problem.withCorrelationId(correlationId);
        }
        byte[] body = jsonb.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED && !response.containsHeader(WWW_AUTHENTICATE)) {
            // A bearer token the container rejected: RFC 6750 asks a 401 to say how to authenticate.
            response.setHeader(WWW_AUTHENTICATE, "Bearer realm=\"ctp-hub\"");
        }
        response.setContentType(ProblemDetails.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
