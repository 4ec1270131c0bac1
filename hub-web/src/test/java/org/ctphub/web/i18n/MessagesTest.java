package org.ctphub.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every string the pages show exists in English and in Welsh, from the start. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void englishAndWelshHaveTheSameKeys(String bundle) throws Exception {
        Properties english = load(bundle + ".properties");
        Properties welsh = load(bundle + "_cy.properties");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(welsh.stringPropertyNames());
        Set<String> onlyWelsh = new TreeSet<>(welsh.stringPropertyNames());
        onlyWelsh.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "keys missing in Welsh");
        assertEquals(Set.of(), onlyWelsh, "keys missing in English");
        for (String key : welsh.stringPropertyNames()) {
            // An empty English value is a deliberate blank (e.g. no notice); Welsh must match it.
            assertTrue(
                    welsh.getProperty(key).isEmpty() == english.getProperty(key).isEmpty(),
                    key + " is empty in one language only");
        }
    }

    /**
     * A message with placeholders is a MessageFormat pattern, where a single apostrophe starts
     * quoted text and swallows the placeholders after it (Welsh has many: {@code chi'n}). Such a
     * message must write each apostrophe twice, and every placeholder must come out filled in.
     */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_cy.properties"})
    void placeholdersSurviveApostrophes(String file) throws Exception {
        Properties messages = load(file);
        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            if (!pattern.matches("(?s).*\\{\\d.*")) {
                continue;
            }
            String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4});
            assertFalse(formatted.contains("{"), key + " leaves a placeholder unfilled: " + formatted);
            assertEquals(
                    pattern.replace("''", "").chars().filter(c -> c == '\'').count(),
                    0,
                    key + " has a single apostrophe in a pattern: write it twice");
        }
    }

    private static Properties load(String file) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/ctphub/web/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
