package org.ctphub.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times as people read them: UK time, in the page's language ({@code #{formats.when(instant)}}). */
@Named
@ApplicationScoped
public class Formats {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(UK)
                .format(instant);
    }
}
