package org.ctphub.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

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
