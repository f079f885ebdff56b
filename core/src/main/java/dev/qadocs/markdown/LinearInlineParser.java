package dev.qadocs.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
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
 * Open for extension so that a parser reading only some blocks' inlines ({@link SelectiveInlines}) stays linear.
 */
public class LinearInlineParser extends InlineParserImpl {

    public LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                              Map<Character, DelimiterProcessor> delimiterProcessors,
                              LinkRefProcessorData referenceLinkProcessors,
                              List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, referenceLinkProcessors,
                inlineParserExtensions);
    }

    /**
     * A Flexmark parser for {@code options} that parses inline content with this parser. Flexmark reads link
     * reference definitions only with its own inline parser, so that step is added back explicitly.
     */
    public static Parser parser(DataHolder options) {
        return parser(options, ReusedFactories.builder(options).customInlineParserFactory(LinearInlineParser::new));
    }

    /** Builds {@code builder}, whose inline parser is a custom one, with the link reference definitions {@code options} asks for. */
    static Parser parser(DataHolder options, Parser.Builder builder) {
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder.build();
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
