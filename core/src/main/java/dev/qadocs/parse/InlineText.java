package dev.qadocs.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.qadocs.markdown.ReusedFactories;

/** The text a reader sees in a line of inline Markdown: {@code **`useMemo`** vs [x](y)} reads "useMemo vs x". */
final class InlineText {

    /** The characters that can start inline markup or an entity: a title without any is its own text. */
    private static final String MARKUP = "*_`[]<>\\&!~";
    private static final Parser PARSER = ReusedFactories.builder(new MutableDataSet()).build();

    private InlineText() {
    }

    static String plain(String markdown) {
        if (!hasMarkup(markdown)) {
            return Whitespace.collapse(markdown);
        }
        // A leading letter keeps "1. Title" or "- Title" a paragraph instead of a list; it is removed again below.
        String text = new TextCollectingVisitor().collectAndGetText(PARSER.parse("x" + markdown.strip()));
        return Whitespace.collapse(text.substring(1));
    }

    /** A scan, not a regex: under C1 a matcher per title cost more than the look itself. */
    private static boolean hasMarkup(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            if (MARKUP.indexOf(markdown.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
