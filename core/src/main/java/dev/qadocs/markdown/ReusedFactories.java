package dev.qadocs.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Flexmark parsers whose per-document setup is made once per thread instead. Flexmark makes every block parser
 * factory and paragraph pre-processor anew for each parse, and the heading, HTML block and table ones compile
 * regular expressions when made or first used: a site is parsed as thousands of small texts, and that setup was a
 * tenth of the parse stage, more than many of the texts cost to read.
 *
 * <p>What is reused holds only options and compiled patterns, nothing of a document, so one made for a parser's
 * options serves every document of that parser. The core block factories are tried in the order Flexmark resolves
 * for them, each as it would be, so a text reads exactly as with Flexmark's own list. Only for options whose
 * extensions add no block parser: Flexmark orders those against the core factories' classes, which this hides.
 */
public final class ReusedFactories {

    private static final List<DataKey<Boolean>> CORE_PARSERS = List.of(Parser.BLOCK_QUOTE_PARSER,
            Parser.HEADING_PARSER, Parser.FENCED_CODE_BLOCK_PARSER, Parser.HTML_BLOCK_PARSER,
            Parser.THEMATIC_BREAK_PARSER, Parser.LIST_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER);

    private ReusedFactories() {
    }

    /** {@link Parser#builder(DataHolder)} for {@code options}, with its core block parsers and tables reused. */
    public static Parser.Builder builder(DataHolder options) {
        Collection<Extension> extensions = Parser.EXTENSIONS.get(options);
        boolean tables = extensions.stream().anyMatch(TablesExtension.class::isInstance);
        MutableDataSet reused = new MutableDataSet(options);
        CORE_PARSERS.forEach(key -> reused.set(key, false));
        reused.set(Parser.EXTENSIONS, extensions.stream().filter(e -> !(e instanceof TablesExtension)).toList());
        Parser.Builder builder = Parser.builder(reused.toImmutable()).customBlockParserFactory(
                new CoreBlocks(DocumentParser.calculateBlockParserFactories(options, List.of())));
        // What the table extension adds to a parser is this one pre-processor.
        return tables ? builder.paragraphPreProcessorFactory(new Tables(TableParagraphPreProcessor.Factory()))
                : builder;
    }

    /** The core block factories as one, trying each in Flexmark's order. */
    private static final class CoreBlocks implements CustomBlockParserFactory {
        private final List<CustomBlockParserFactory> core;
        private final ThreadLocal<Made> made = new ThreadLocal<>();

        /** The factories one thread made, and the options they were made for. */
        private record Made(DataHolder options, BlockParserFactory first) {
        }

        CoreBlocks(List<CustomBlockParserFactory> core) {
            this.core = core;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            Made current = made.get();
            if (current == null || current.options() != options) {
                current = new Made(options, first(options));
                made.set(current);
            }
            return current.first();
        }

        /**
         * Each factory is asked only about lines whose first non-blank character can open its block: most lines
         * open none, and the fenced-code, list and thematic-break factories ran a regular expression on every
         * one of them, a twentieth of the build.
         */
        private BlockParserFactory first(DataHolder options) {
            BlockParserFactory[] factories = core.stream().map(factory -> factory.apply(options))
                    .toArray(BlockParserFactory[]::new);
            String[] openers = core.stream().map(factory -> openers(factory, options)).toArray(String[]::new);
            return (state, matched) -> {
                BasedSequence line = state.getLine();
                int at = state.getNextNonSpaceIndex();
                char first = at < line.length() ? line.charAt(at) : '\n';
                for (int i = 0; i < factories.length; i++) {
                    if (openers[i] != null && openers[i].indexOf(first) < 0) {
                        continue;
                    }
                    BlockStart start = factories[i].tryStart(state, matched);
                    if (start != null) {
                        return start;
                    }
                }
                return BlockStart.none();
            };
        }

        /**
         * The characters a line's first non-blank one must be for {@code factory}'s block to start there, as
         * CommonMark and Flexmark's parsers define them (a setext underline is the heading parser's too), or
         * null for any line: indented code starts on any, and a factory this does not know is always asked.
         */
        private static String openers(CustomBlockParserFactory factory, DataHolder options) {
            if (factory instanceof BlockQuoteParser.Factory) {
                return ">";
            }
            if (factory instanceof HeadingParser.Factory) {
                return "#=-";
            }
            if (factory instanceof FencedCodeBlockParser.Factory) {
                return "`~";
            }
            if (factory instanceof HtmlBlockParser.Factory) {
                return "<";
            }
            if (factory instanceof ThematicBreakParser.Factory) {
                return "*-_";
            }
            if (factory instanceof ListBlockParser.Factory) {
                return Parser.LISTS_ITEM_PREFIX_CHARS.get(options) + "0123456789";
            }
            return null;
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

    /**
     * The table pre-processor, made for the first document a thread parses with this parser and kept for the next:
     * it reads the table options of the document it is made for, and every document of a parser has the parser's.
     */
    private static final class Tables implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables;
        private final ThreadLocal<ParagraphPreProcessor> made = new ThreadLocal<>();

        Tables(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor processor = made.get();
            if (processor == null) {
                processor = tables.apply(state);
                made.set(processor);
            }
            return processor;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }
}
