package dev.qadocs.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.regex.Pattern;

/** The text a reader sees in a line of inline Markdown: {@code **`useMemo`** vs [x](y)} reads "useMemo vs x". */
final class InlineText {

    private static final Pattern MARKUP = Pattern.compile("[*_`\\[\\]<>\\\\&!~]");
    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();

    private InlineText() {
    }

    static String plain(String markdown) {
        if (!MARKUP.matcher(markdown).find()) {
            return Whitespace.collapse(markdown);
        }
        // A leading letter keeps "1. Title" or "- Title" a paragraph instead of a list; it is removed again below.
        String text = new TextCollectingVisitor().collectAndGetText(PARSER.parse("x" + markdown.strip()));
        return Whitespace.collapse(text.substring(1));
    }
}
