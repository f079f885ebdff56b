package dev.qadocs.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maths in prose: {@code $…$} and {@code \(…\)} inline, {@code $$…$$} and {@code \[…\]} on display. Markdown would
 * read the TeX inside as emphasis and escapes ({@code a_1 * b_2}, {@code \{}), so each formula is taken out of
 * Markdown's hands first: its characters escaped to stand for themselves, between two private-use marks that
 * {@link #mark} turns into {@code <span class="qd-math">} holding the TeX as text, which the theme's KaTeX renders
 * and which stays readable without it. Code and raw HTML are never maths. As in Pandoc, a {@code $} only opens
 * before a non-space and only closes after one and not before a digit, so "$5 and $10" stays prose.
 */
final class MathSpans {

    private static final char INLINE = '\uE000';
    private static final char DISPLAY = '\uE001';
    private static final char END = '\uE002';
    private static final String NO_BLANK_LINE = "(?:(?!\\n[ \\t]*\\n)[\\s\\S])";
    private static final Pattern MATH = Pattern.compile(
            "\\$\\$(?<d1>" + NO_BLANK_LINE + "+?)\\$\\$"
                    + "|\\\\\\[(?<d2>" + NO_BLANK_LINE + "+?)\\\\]"
                    + "|\\\\\\((?<i1>" + NO_BLANK_LINE + "+?)\\\\\\)"
                    + "|(?<![\\\\$\\w])\\$(?<i2>[^\\s$][^$\\n]*?(?<![\\s\\\\]))\\$(?![\\w$])");
    private static final Pattern MARKED = Pattern.compile("([" + INLINE + DISPLAY + "])([^" + END + "]*)" + END);

    private MathSpans() {
    }

    /** The Markdown with each formula outside code and HTML escaped and marked; unchanged when it has none. */
    static String protect(String markdown, Parser parser) {
        if (markdown.indexOf('$') < 0 && !markdown.contains("\\(") && !markdown.contains("\\[")) {
            return markdown;
        }
        List<int[]> skip = new ArrayList<>();
        for (Node node : parser.parse(markdown).getDescendants()) {
            if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                    || node instanceof HtmlBlock || node instanceof HtmlInline) {
                skip.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            }
        }
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        Matcher m = MATH.matcher(markdown);
        int done = 0;
        while (m.find()) {
            if (inside(skip, m.start(), m.end())) {
                continue;
            }
            boolean display = m.group("d1") != null || m.group("d2") != null;
            String tex = display ? (m.group("d1") != null ? m.group("d1") : m.group("d2"))
                    : m.group("i1") != null ? m.group("i1") : m.group("i2");
            out.append(markdown, done, m.start()).append(display ? DISPLAY : INLINE)
                    .append(literal(tex.strip())).append(END);
            done = m.end();
        }
        return done == 0 ? markdown : out.append(markdown, done, markdown.length()).toString();
    }

    /** Replaces the marks in the rendered HTML's text by maths spans. */
    static void mark(Element body) {
        for (TextNode text : texts(body)) {
            String value = text.getWholeText();
            Matcher m = MARKED.matcher(value);
            if (!m.find()) {
                continue;
            }
            int done = 0;
            TextNode last = text;
            do {
                TextNode before = new TextNode(value.substring(done, m.start()));
                Element math = new Element("span").addClass("qd-math").text(m.group(2));
                if (m.group(1).charAt(0) == DISPLAY) {
                    math.addClass("qd-math-display");
                }
                last.after(before);
                before.after(math);
                last = new TextNode("");
                math.after(last);
                done = m.end();
            } while (m.find());
            last.text(value.substring(done));
            text.text("");
        }
    }

    private static List<TextNode> texts(Element body) {
        List<TextNode> all = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode t && (t.getWholeText().indexOf(INLINE) >= 0
                    || t.getWholeText().indexOf(DISPLAY) >= 0)) {
                all.add(t);
            }
        });
        return all;
    }

    /** Every ASCII punctuation character escaped, so Markdown shows it as it is. */
    private static String literal(String tex) {
        StringBuilder out = new StringBuilder(tex.length() * 2);
        for (char c : tex.toCharArray()) {
            if (c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean inside(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (start < r[1] && end > r[0]) {
                return true;
            }
        }
        return false;
    }
}
