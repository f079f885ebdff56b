package dev.qadocs.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The inline parser, run only on the blocks a reader of block structure needs the inlines of: inline parsing is
 * most of what a parse costs, and headings, lists and paragraphs are found without it. Linear like the one
 * rendering uses, so that one long paragraph of links costs no more here than there.
 */
public final class SelectiveInlines extends LinearInlineParser {

    private final BiPredicate<BasedSequence, Node> where;

    private SelectiveInlines(DataHolder options, BitSet special, BitSet delimiters,
                             Map<Character, DelimiterProcessor> processors, LinkRefProcessorData links,
                             List<InlineParserExtensionFactory> extensions, BiPredicate<BasedSequence, Node> where) {
        super(options, special, delimiters, processors, links, extensions);
        this.where = where;
    }

    /** Parses the inline content {@code input} of a block {@code node} only where {@code where} says so. */
    public static InlineParserFactory only(BiPredicate<BasedSequence, Node> where) {
        return (options, special, delimiters, processors, links, extensions) ->
                new SelectiveInlines(options, special, delimiters, processors, links, extensions, where);
    }

    /**
     * A Flexmark parser for {@code options} parsing inlines only where {@code where} says so, and link reference
     * definitions as {@link LinearInlineParser#parser(DataHolder)} does, so that links read as the renderer reads them.
     */
    public static Parser parser(DataHolder options, BiPredicate<BasedSequence, Node> where) {
        return parser(options, ReusedFactories.builder(options).customInlineParserFactory(only(where)));
    }

    /**
     * Whether {@code look} finds what it looks for in a block's inline content, searched in the text as written
     * between the input's first and last character there: reading through the input itself read every character
     * through Flexmark's segments, which cost as much as the parse it spared. What lies between its segments there
     * (a quote's {@code >}, a list item's indent) can only add finds, so what is never found there never is.
     */
    public static boolean mayHold(BasedSequence input, Look look) {
        return input.getBase() instanceof CharSequence written
                ? look.finds(written, input.getStartOffset(), input.getEndOffset())
                : look.finds(input, 0, input.length());
    }

    /** A search in {@code text} between {@code start} and {@code end}, what lies outside unseen. */
    @FunctionalInterface
    public interface Look {
        boolean finds(CharSequence text, int start, int end);
    }

    @Override
    public void parse(BasedSequence input, Node node) {
        if (where.test(input, node)) {
            super.parse(input, node);
        }
    }
}
