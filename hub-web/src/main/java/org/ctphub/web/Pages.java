package org.ctphub.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.ctphub.web.routing.PageRoutes;

/** Small things every backing bean needs from Faces. */
public final class Pages {

    private Pages() {}

    /** Answers this request with the 404 page, exactly as for an address that never existed. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The id in the page's readable address ({@code /sessions/42}), or null. */
    public static Long routeId() {
        Object id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(PageRoutes.ID);
        return id == null ? null : Long.valueOf(id.toString());
    }

    /** The reference in the page's readable address ({@code /problems/HMS-0042}), or null. */
    public static String routeReference() {
        Object reference = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(PageRoutes.REFERENCE);
        return reference == null ? null : reference.toString();
    }

    /** The solution's slug in the page's readable address ({@code /solutions/events-calendar}), or null. */
    public static String routeSolution() {
        return routeAttribute(PageRoutes.SOLUTION);
    }

    /** The partnership a library address names ({@code /library/hulme-moss-side/...}), or null. */
    public static String routeLibraryPartnership() {
        return routeAttribute(PageRoutes.LIBRARY_PARTNERSHIP);
    }

    private static String routeAttribute(String name) {
        Object value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(name);
        return value == null ? null : value.toString();
    }

    /** Sends the browser on to another page of the hub (after a post, or a page that moved). */
    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public static String parameter(String name) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestParameterMap().get(name);
    }

    /** A page number from the query string; anything that is not one means the first page. */
    public static int pageNumber() {
        String value = parameter("page");
        if (value == null || !value.matches("\\d{1,6}")) {
            return 0;
        }
        return Integer.parseInt(value);
    }
}
