package org.ctphub.web.library;

import java.util.function.Function;
import org.ctphub.domain.solution.Lineage;
import org.ctphub.domain.solution.LineageNode;

/**
 * Writes a lineage tree as nested HTML lists. Facelets cannot recurse over a tree at render time,
 * so the tree is written here, every text escaped; the page writes the result unescaped.
 */
final class LineageHtml {

    private final String contextPath;
    private final Function<String, String> texts;
    private final Function<String, String> byPartnership;

    /**
     * @param texts the page's messages by key, e.g. {@code library.lineage.IN_PROGRESS}
     * @param byPartnership "by" a partnership's name, in the reader's language
     */
    LineageHtml(String contextPath, Function<String, String> texts, Function<String, String> byPartnership) {
        this.contextPath = contextPath;
        this.texts = texts;
        this.byPartnership = byPartnership;
    }

    String of(Lineage lineage) {
        StringBuilder html = new StringBuilder("<ul class=\"lineage\">");
        node(lineage.root(), html);
        return html.append("</ul>").toString();
    }

    private void node(LineageNode node, StringBuilder html) {
        html.append(node.focus() ? "<li aria-current=\"page\">" : "<li>");
        String name = node.name().orElse(texts.apply("library.lineage.unnamed"));
        if (node.partnershipSlug().isPresent() && node.solutionSlug().isPresent() && !node.focus()) {
            html.append("<a href=\"")
                    .append(escape(
                            contextPath + "/library/" + node.partnershipSlug().get() + "/"
                                    + node.solutionSlug().get()))
                    .append("\">")
                    .append(escape(name))
                    .append("</a>");
        } else {
            html.append(node.focus() ? "<strong>" : "<span>")
                    .append(escape(name))
                    .append(node.focus() ? "</strong>" : "</span>");
        }
        node.partnershipName().ifPresent(partnership -> html.append(" <span class=\"meta\">")
                .append(escape(byPartnership.apply(partnership)))
                .append("</span>"));
        if (node.state() != LineageNode.State.PUBLISHED) {
            html.append(" <span class=\"badge\">")
                    .append(escape(texts.apply("library.lineage." + node.state())))
                    .append("</span>");
        }
        if (!node.forks().isEmpty()) {
            html.append("<ul>");
            for (LineageNode fork : node.forks()) {
                node(fork, html);
            }
            html.append("</ul>");
        }
        html.append("</li>");
    }

    /** Text and attribute values: the five characters HTML gives a meaning. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
