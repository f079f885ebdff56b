package dev.qadocs.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;
import java.util.Set;

/**
 * Flexmark's core block parsers, their factories made once per thread instead of once per document. Flexmark makes
 * every block parser factory anew for each parse, and the heading and HTML block factories compile regular
 * expressions when made or first used: a site is parsed as thousands of small texts, and that setup was a tenth
 * of the parse stage, more than many of the texts cost to read.
 *
 * <p>A core factory holds only its options and compiled patterns, nothing of a document, so one made for a
 * parser's options serves every document of that parser. They are tried in the order Flexmark resolves for them,
 * each as it would be, so a text reads exactly as with Flexmark's own list. Only for options whose extensions add
 * no block parser: Flexmark orders those against the core factories' classes, which this one hides.
 */
public final class ReusedBlockFactories implements CustomBlockParserFactory {

    private static final List<DataKey<Boolean>> CORE_PARSERS = List.of(Parser.BLOCK_QUOTE_PARSER,
            Parser.HEADING_PARSER, Parser.FENCED_CODE_BLOCK_PARSER, Parser.HTML_BLOCK_PARSER,
            Parser.THEMATIC_BREAK_PARSER, Parser.LIST_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER);

    private final List<CustomBlockParserFactory> core;
    private final ThreadLocal<Made> made = new ThreadLocal<>();

    /** The factories one thread made, and the options they were made for. */
    private record Made(DataHolder options, BlockParserFactory first) {
    }

    private ReusedBlockFactories(List<CustomBlockParserFactory> core) {
        this.core = core;
    }

    /** {@link Parser#builder(DataHolder)} for {@code options}, its core block parsers these reused ones. */
    public static Parser.Builder builder(DataHolder options) {
        MutableDataSet withoutCore = new MutableDataSet(options);
        CORE_PARSERS.forEach(key -> withoutCore.set(key, false));
        return Parser.builder(withoutCore.toImmutable()).customBlockParserFactory(
                new ReusedBlockFactories(DocumentParser.calculateBlockParserFactories(options, List.of())));
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        Made current = made.get();
        if (current == null || current.options() != options) {
            List<BlockParserFactory> factories = core.stream().map(factory -> factory.apply(options)).toList();
            current = new Made(options, (state, matched) -> {
                for (BlockParserFactory factory : factories) {
                    BlockStart start = factory.tryStart(state, matched);
                    if (start != null) {
                        return start;
                    }
                }
                return BlockStart.none();
            });
            made.set(current);
        }
        return current.first();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
