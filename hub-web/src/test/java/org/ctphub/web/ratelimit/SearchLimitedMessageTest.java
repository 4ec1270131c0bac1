package org.ctphub.web.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pages' message for a refused search reads right for one second and for many, in both languages. */
class SearchLimitedMessageTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|1|You have searched many times in a short while. Wait 1 second, then search again.",
                "en|30|You have searched many times in a short while. Wait 30 seconds, then search again.",
                "cy|1|Rydych chi wedi chwilio sawl gwaith mewn amser byr. Arhoswch 1 eiliad, yna chwiliwch eto.",
                "cy|30|Rydych chi wedi chwilio sawl gwaith mewn amser byr. Arhoswch 30 eiliad, yna chwiliwch eto."
            })
    void saysHowLongToWait(String language, long seconds, String expected) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle messages = ResourceBundle.getBundle("org.ctphub.web.i18n.messages", locale);
        // As h:outputFormat formats it: a MessageFormat in the page's locale, the seconds as a long.
        assertEquals(
                expected,
                new MessageFormat(messages.getString("search.limited"), locale).format(new Object[] {seconds}));
    }
}
