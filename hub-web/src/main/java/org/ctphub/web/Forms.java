package org.ctphub.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.InvalidInputException;

/** Messages on forms: on the field a refusal names, or at the top of the form; in the page's language. */
public final class Forms {

    private Forms() {}

    /**
     * Shows a refusal of the domain next to the input it is about. {@code inputs} maps the
     * domain's field names to the inputs' client ids; a field without an input goes on top.
     */
    public static void show(InvalidInputException refusal, Map<String, String> inputs) {
        String clientId = inputs.get(refusal.field());
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message(refusal), null));
    }

    /** Shows a message of the page's own on one input, e.g. a choice nobody made. */
    public static void errorOn(String clientId, String message) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** Shows a refusal at the top of the form. */
    public static void error(HubException refusal) {
        error(message(refusal));
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** A refusal's message in the language of the page being shown. */
    public static String message(HubException refusal) {
        return refusal.getMessage(locale());
    }

    /** A message that survives the redirect after a successful post. */
    public static void doneAfterRedirect(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /**
     * Runs a change asked for on a page. Done: a message that survives the redirect, then the
     * redirect to {@code path} (so a reload never repeats it). Refused: the refusal on its field
     * or on top of the form, and the page shows again.
     */
    public static void change(Runnable action, Map<String, String> inputs, String doneKey, String path) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            show(e, inputs);
            return;
        } catch (HubException e) {
            error(e);
            return;
        }
        doneAfterRedirect(text(doneKey));
        Pages.redirect(path);
    }

    /** A string of the pages' bundle in the reader's language. */
    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }

    /** A string of the pages' bundle with its {@code {0}}, {@code {1}}... filled in, in the reader's language. */
    public static String text(String key, Object... arguments) {
        return new MessageFormat(text(key), locale()).format(arguments);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
