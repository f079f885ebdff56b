package dev.qadocs.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser with its two pattern matches made linear. Flexmark takes each match as
 * {@link Matcher#toMatchResult()}, which on Java 17 copies the whole paragraph: a paragraph of 10,000 links cost
 * 10,000 copies of itself, seconds for 100 KB. Same matches, same results, read from the matcher directly.
 * Open for extension so that a parser reading only some paragraphs (the parse stage's structure pass) stays linear.
 */
public class LinearInlineParser extends InlineParserImpl {

    /** Paragraphs and headings without a match keep no inline content; null parses all. */
    private final Pattern worthParsing;

    public LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                              Map<Character, DelimiterProcessor> delimiterProcessors,
                              LinkRefProcessorData referenceLinkProcessors,
                              List<InlineParserExtensionFactory> inlineParserExtensions) {
        this(options, specialCharacters, delimiterCharacters, delimiterProcessors, referenceLinkProcessors,
                inlineParserExtensions, null);
    }

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData referenceLinkProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions, Pattern worthParsing) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, referenceLinkProcessors,
                inlineParserExtensions);
        this.worthParsing = worthParsing;
    }

    /**
     * A Flexmark parser for {@code options} that parses inline content with this parser. Flexmark reads link
     * reference definitions only with its own inline parser, so that step is added back explicitly.
     */
    public static Parser parser(DataHolder options) {
        return parser(options, Parser.builder(options).customInlineParserFactory(LinearInlineParser::new));
    }

    /**
     * {@link #parser(DataHolder)} for a reader that wants only inline nodes whose text always matches
     * {@code worthParsing}: a paragraph or heading it is not found in is left without inline content, since inline
     * parsing is most of what a parse costs. Table rows are parsed whole, since their inline parse finds the cells.
     */
    public static Parser parser(DataHolder options, Pattern worthParsing) {
        return parser(options, Parser.builder(options).customInlineParserFactory(
                (o, special, delimiters, processors, references, extensions) -> new LinearInlineParser(
                        o, special, delimiters, processors, references, extensions, worthParsing)));
    }

    private static Parser parser(DataHolder options, Parser.Builder builder) {
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder.build();
    }

    @Override
    public void parse(BasedSequence input, Node node) {
        if (worthParsing == null || !(node instanceof Paragraph || node instanceof Heading) || mayMatch(input)) {
            super.parse(input, node);
        }
    }

    /**
     * Searched in the text as written, between the input's first and last character there: matching through the
     * input itself read every character through Flexmark's segments, which cost as much as the parse it spared.
     * What lies between its segments there (a quote's {@code >}, a list item's indent) can only add matches.
     */
    private boolean mayMatch(BasedSequence input) {
        return input.getBase() instanceof CharSequence written
                ? worthParsing.matcher(written).region(input.getStartOffset(), input.getEndOffset()).find()
                : worthParsing.matcher(input).find();
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = found(re);
        if (matcher == null) {
            return null;
        }
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = found(re);
        if (matcher == null) {
            return null;
        }
        index = matcher.end();
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    private Matcher found(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        return matcher.find() ? matcher : null;
    }
}
