package org.ctphub.application.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What people write comes out as the Markdown they meant, and never as something that runs. */
class MarkdownTest {

    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|\\S+)");
    private static final Set<String> ALLOWED_TAGS = Set.of(
            "p",
            "br",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "strong",
            "em",
            "del",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "a",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td");

    private final Markdown markdown = new Markdown();

    @Test
    void rendersTheMarkdownPeopleWrite() {
        String html = markdown.toHtml("# Meals\n\nFamilies **cannot** afford a *cooked* meal.\n\n- one\n- two\n\n"
                + "| day | meals |\n|---|---|\n| Mon | 12 |\n\nSee https://example.org/report");
        assertTrue(html.contains("<h1>Meals</h1>"), html);
        assertTrue(html.contains("<strong>cannot</strong>"), html);
        assertTrue(html.contains("<em>cooked</em>"), html);
        assertTrue(html.contains("<li>one</li>"), html);
        assertTrue(html.contains("<td>12</td>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/report\" rel=\"nofollow noopener noreferrer\">"), html);
    }

    @Test
    void keepsWelshLettersAsTyped() {
        assertEquals("<p>Dŵr a thŷ</p>", markdown.toHtml("Dŵr a thŷ").strip());
    }

    @Test
    void nothingForNoText() {
        assertEquals("", markdown.toHtml(null));
        assertEquals("", markdown.toHtml("   \n"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)>",
                "![x](https://tracker.example/pixel.gif)",
                "<style>body{display:none}</style>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "`code` <b onmouseover=alert(1)>bold</b>",
                "[x](vbscript:msgbox(1))",
                "<<script>script>alert(1)<</script>/script>",
                "<form action=\"https://evil.example\"><button>go</button></form>",
            })
    void neutralisesEveryAttempt(String attack) {
        String html = markdown.toHtml(attack);
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            assertTrue(ALLOWED_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT)), tag.group() + " in " + html);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                assertTrue(Set.of("href", "rel", "start", "align").contains(name), tag.group() + " in " + html);
                if (name.equals("href")) {
                    // An empty href is what commonmark leaves of a link it refused.
                    assertTrue(attribute.group(2).matches("\"((https?:|mailto:).*)?\""), tag.group() + " in " + html);
                }
            }
        }
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void typedHtmlIsShownAsText() {
        assertTrue(markdown.toHtml("a <b>bold</b> claim").contains("&lt;b&gt;bold&lt;/b&gt;"));
    }
}
