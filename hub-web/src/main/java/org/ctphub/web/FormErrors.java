package org.ctphub.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The error summary at the top of a form ({@code WEB-INF/includes/error-summary.xhtml}): every
 * message on a field, named by the field's label and linked to it, so that someone who cannot see
 * the whole form at once learns what to fix and can go straight there.
 */
@Named
@RequestScoped
public class FormErrors {

    /** One field's refusal: the input's client id (the link's target), its label, and the text. */
    public record Item(String clientId, String label, String text) {}

    /**
     * Read afresh on every call: the page asks whether there are any while the form is still being
     * decoded, before validation has added them.
     */
    public List<Item> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Item> found = new ArrayList<>();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            if (id == null) {
                continue;
            }
            UIComponent input = faces.getViewRoot().findComponent(id);
            Object label = input == null ? null : input.getAttributes().get("label");
            for (FacesMessage message : faces.getMessageList(id)) {
                if (message.getSeverity() == FacesMessage.SEVERITY_ERROR) {
                    found.add(new Item(id, label == null ? null : label.toString(), message.getSummary()));
                }
            }
        }
        return found;
    }
}
