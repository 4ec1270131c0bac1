package org.ctphub.web.routing;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;

/**
 * Makes forms post back, and redirects after them land, at the page's readable address (the one
 * {@link PageRoutes} forwarded from) rather than at its view's {@code .xhtml} address, which
 * {@code PageRoutes} answers with 404 so that each page has one address.
 */
public class ReadableActionUrls extends ViewHandlerWrapper {

    public ReadableActionUrls(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object readable = context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
        boolean sameView = context.getViewRoot() != null
                && viewId.equals(context.getViewRoot().getViewId());
        if (sameView && readable instanceof String uri) {
            return uri;
        }
        return super.getActionURL(context, viewId);
    }
}
