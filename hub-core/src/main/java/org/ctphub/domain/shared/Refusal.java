package org.ctphub.domain.shared;

import java.io.Serializable;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a refusal says, in no language yet: a key of the refusals bundle and the values the text
 * names. Pages show it in the reader's language; the API and the audit trail in English.
 *
 * <p>The texts are in {@code org/ctphub/domain/refusals.properties} (English) and
 * {@code refusals_cy.properties} (Welsh). Every text is a {@link MessageFormat} pattern, so an
 * apostrophe is always written twice: {@code Nid yw''r}. Arguments are shown thus: a nested
 * {@code Refusal} (a field's name, a status) in the same language; a collection as alternatives,
 * "a, b or c"; an {@link Instant} through the pattern's {@code date} and {@code time} formats, in
 * UTC; anything else as {@code MessageFormat} shows it (numbers with the language's separators).
 */
public final class Refusal implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The language of {@link HubException#getMessage()}: British English. */
    public static final Locale ENGLISH = Locale.UK;

    static final String BUNDLE = "org.ctphub.domain.refusals";

    private static final Logger LOG = Logger.getLogger(Refusal.class.getName());

    /** Without it, a language the bundle lacks would fall back to the server's default language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final String key;
    private final List<Object> arguments;
    /** Shown when the bundle has no text for the key; the whole text when there is no key. */
    private final String fallback;

    private Refusal(String key, List<Object> arguments, String fallback) {
        this.key = key;
        this.arguments = arguments;
        this.fallback = fallback;
    }

    /** A text of the refusals bundle, e.g. {@code Refusal.of("input.too-long", Refusal.field("title"), 200)}. */
    public static Refusal of(String key, Object... arguments) {
        return new Refusal(
                Objects.requireNonNull(key, "key"),
                Collections.unmodifiableList(Arrays.asList(arguments.clone())),
                null);
    }

    /**
     * The name of an input as the reader's language calls it: the bundle's {@code field.<name>},
     * or the name itself, as the client sent it, where the bundle has none.
     */
    public static Refusal field(String name) {
        return new Refusal("field." + name, List.of(), name);
    }

    /** A text that is not in the bundle yet: the same, in English, in every language. */
    static Refusal untranslated(String text) {
        return new Refusal(null, List.of(), Objects.requireNonNull(text, "text"));
    }

    /** The bundle's key; empty for a text that is not in the bundle yet. */
    public String key() {
        return key == null ? "" : key;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /**
     * The text in this language, or in English where the bundle has no Welsh for it. Never
     * throws: a refusal must reach the person even when its text is missing or broken.
     */
    public String in(Locale locale) {
        if (key == null) {
            return fallback;
        }
        Locale language = locale == null ? ENGLISH : locale;
        String pattern = pattern(language);
        if (pattern == null) {
            return fallback == null ? key : fallback;
        }
        try {
            MessageFormat format = new MessageFormat(pattern, language);
            for (Format part : format.getFormats()) {
                if (part instanceof DateFormat date) {
                    date.setTimeZone(UTC);
                }
            }
            return format.format(arguments.stream()
                    .map(argument -> shown(argument, language))
                    .toArray());
        } catch (IllegalArgumentException broken) {
            LOG.log(Level.WARNING, "The refusal text " + key + " in " + language + " cannot be formatted", broken);
            return key;
        }
    }

    public String inEnglish() {
        return in(ENGLISH);
    }

    private String pattern(Locale language) {
        try {
            ResourceBundle bundle =
                    ResourceBundle.getBundle(BUNDLE, language, Refusal.class.getClassLoader(), NO_FALLBACK);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        } catch (MissingResourceException e) {
            // logged below
        }
        if (fallback == null) {
            LOG.warning(() -> "The refusals bundle has no text for " + key + " in " + language);
        }
        return null;
    }

    private static Object shown(Object argument, Locale language) {
        if (argument instanceof Refusal nested) {
            return nested.in(language);
        }
        if (argument instanceof Collection<?> items) {
            return alternatives(items, language);
        }
        if (argument instanceof Instant instant) {
            return Date.from(instant);
        }
        return argument;
    }

    /** "a", "a or b", "a, b or c", with the language's words and commas. */
    private static String alternatives(Collection<?> items, Locale language) {
        List<String> shown = items.stream()
                .map(item -> String.valueOf(shown(item, language)))
                .toList();
        if (shown.isEmpty()) {
            return "";
        }
        String text = shown.get(0);
        for (int i = 1; i < shown.size() - 1; i++) {
            text = Refusal.of("list.comma", text, shown.get(i)).in(language);
        }
        if (shown.size() > 1) {
            text = Refusal.of("list.or", text, shown.get(shown.size() - 1)).in(language);
        }
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Refusal that
                && Objects.equals(key, that.key)
                && arguments.equals(that.arguments)
                && Objects.equals(fallback, that.fallback);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, arguments, fallback);
    }

    @Override
    public String toString() {
        return key == null ? "Refusal[untranslated]" : "Refusal[" + key + ", " + arguments + "]";
    }
}
