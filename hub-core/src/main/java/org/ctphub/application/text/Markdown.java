package org.ctphub.application.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders the Markdown of descriptions and notes to HTML that is safe to put in any page. Two
 * layers, each enough on its own for the usual attacks: commonmark escapes any HTML typed into
 * the text instead of passing it through, and the OWASP sanitizer then keeps only the elements
 * Markdown itself produces, with links limited to http, https and mailto. Images are not kept:
 * an image from another site would tell that site who reads the page, and weighs on slow
 * connections.
 */
@ApplicationScoped
public class Markdown {

    /** Longer text is cut before rendering, so one field cannot make a page arbitrarily heavy. */
    public static final int MAX_SOURCE_LENGTH = 100_000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
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
                    "td")
            .allowAttributes("start")
            .onElements("ol")
            .allowAttributes("align")
            .matching(false, "left", "center", "right")
            .onElements("th", "td")
            .allowAttributes("href")
            .onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    /** Safe HTML for this Markdown; empty for no text. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String source = markdown.length() > MAX_SOURCE_LENGTH ? markdown.substring(0, MAX_SOURCE_LENGTH) : markdown;
        source = CONTROL.matcher(source.replace("\r\n", "\n")).replaceAll("");
        return POLICY.sanitize(RENDERER.render(PARSER.parse(source)));
    }
}
