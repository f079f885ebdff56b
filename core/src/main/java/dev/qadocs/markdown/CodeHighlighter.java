package dev.qadocs.markdown;

import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syntax highlighting at build time, so the HTML carries it and it works with script off and on {@code file://}.
 * A small lexer per language family (comments, strings, numbers, keywords, literals, function names, tags, keys)
 * rather than a full grammar: in a Q&amp;A page code is read, not edited, and a lexer that never fails and costs
 * microseconds beats running highlight.js or Prism in a JavaScript engine inside Maven. Tokens become
 * {@code <span class="tk-…">}; the text is untouched, so copying and search see exactly the source.
 */
final class CodeHighlighter {

    /**
     * One language family: its tokens in the order they are tried, the token groups the pattern has, and the
     * words that are keywords or literals ({@code anyCase} for SQL, written in either).
     */
    private record Grammar(Pattern tokens, List<String> groups, boolean hasWords, Set<String> keywords,
                           Set<String> literals, boolean anyCase) {
    }

    /** Token groups by precedence; {@code w} (a word) is classified by {@link #wordKind}. */
    private static final List<String> GROUPS = List.of("c", "s", "n", "t", "a", "v");

    private static final String NUMBER = "(?<n>\\b(?:0[xX][\\da-fA-F_]+|\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)[a-zA-Z]*\\b)";
    private static final String WORD = "(?<w>[A-Za-z_$][\\w$]*)";
    private static final String DQ = "\"(?:[^\"\\\\\\n]|\\\\.)*\"?";
    private static final String SQ = "'(?:[^'\\\\\\n]|\\\\.)*'?";
    private static final String BLOCK_COMMENT = "/\\*[\\s\\S]*?(?:\\*/|\\z)";
    private static final String LITERALS_C = "true false null undefined NaN Infinity this super nil";

    private static final Map<String, Grammar> BY_LANGUAGE = new HashMap<>();

    static {
        Grammar js = grammar("(?<c>//[^\\n]*|" + BLOCK_COMMENT + ")|(?<s>" + DQ + "|" + SQ
                        + "|`(?:[^`\\\\]|\\\\.)*`?)|(?<t></?[A-Za-z][\\w.:-]*(?=[\\s/>])|/?>(?=\\s*$|\\s*[<{)]))|"
                        + NUMBER + "|" + WORD,
                "abstract as async await break case catch class const continue debugger declare default delete do "
                        + "else enum export extends finally for from function get if implements import in instanceof "
                        + "interface keyof let new of private protected public readonly return satisfies set static "
                        + "switch throw try type typeof var void while with yield",
                LITERALS_C);
        register(js, "js", "javascript", "jsx", "mjs", "cjs", "ts", "typescript", "tsx", "vue", "json5", "jsonc");
        register(grammar("(?<c>#[^\\n]*)|(?<s>[rbfRBF]{0,2}(?:\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|'''[\\s\\S]*?(?:'''|\\z)|"
                        + DQ + "|" + SQ + "))|(?<a>@[\\w.]+)|" + NUMBER + "|" + WORD,
                "and as assert async await break class continue def del elif else except finally for from global if "
                        + "import in is lambda match case nonlocal not or pass raise return try while with yield",
                "True False None self cls"), "python", "py", "python3");
        register(grammar("(?<c>(?<![\\w$])#[^\\n]*)|(?<s>" + DQ + "|'[^']*'?)|(?<v>\\$\\{[^}\\n]*}?|\\$[\\w@#?*!$-])|"
                        + "(?<a>(?<=\\s)--?[A-Za-z][\\w-]*)|" + NUMBER + "|(?<w>[A-Za-z_][\\w-]*)",
                "if then else elif fi for while until do done case esac in function return export local readonly "
                        + "set unset shift exit source alias sudo cd echo printf",
                "true false"), "bash", "sh", "shell", "zsh", "console", "shellsession", "powershell", "ps1");
        register(grammar("(?<c>#[^\\n]*)|(?<a>^[ \\t-]*[\\w.\"'/-]+(?=\\s*:(?:\\s|$)))|(?<s>" + DQ + "|" + SQ + ")|"
                        + "(?<t>^---$|[&*][\\w-]+|![\\w!]+)|" + NUMBER + "|" + WORD,
                "", "true false null yes no on off"), "yaml", "yml");
        register(grammar("(?<a>" + DQ + "(?=\\s*:))|(?<s>" + DQ + ")|" + NUMBER + "|" + WORD, "", "true false null"),
                "json");
        Grammar cLike = grammar("(?<c>//[^\\n]*|" + BLOCK_COMMENT + ")|(?<s>" + DQ + "|" + SQ
                        + "|`[^`]*`?)|(?<a>@[A-Za-z][\\w.]*)|" + NUMBER + "|" + WORD,
                "abstract assert break case catch chan char class const continue default defer do double else enum "
                        + "extends final finally float for func go goto if impl implements import instanceof int "
                        + "interface let long map match mod mut namespace new package private protected pub public "
                        + "range record return select short static struct super switch synchronized throw throws "
                        + "trait try type typedef union unsafe use using var void volatile while fn fun val when "
                        + "object override sealed data suspend",
                LITERALS_C + " self Self");
        register(cLike, "java", "go", "golang", "c", "h", "cpp", "c++", "cc", "csharp", "cs", "c#", "rust", "rs",
                "kotlin", "kt", "scala", "swift", "dart", "groovy", "gradle");
        register(grammar("(?<c>--[^\\n]*|" + BLOCK_COMMENT + ")|(?<s>'(?:[^']|'')*'?|" + DQ + ")|" + NUMBER + "|" + WORD,
                "select from where and or not insert into values update set delete create table index view drop "
                        + "alter add join left right inner outer full cross on group by order having limit offset "
                        + "as distinct union all case when then else end primary key foreign references default "
                        + "with returning exists in is between like begin commit rollback transaction over "
                        + "partition asc desc",
                "null true false", true), "sql", "postgresql", "postgres", "mysql", "sqlite", "plsql");
        register(grammar("(?<c><!--[\\s\\S]*?(?:-->|\\z))|(?<t></?[A-Za-z][\\w:.-]*|/?>|<!DOCTYPE[^>]*>)|"
                        + "(?<a>(?<=\\s)[A-Za-z_:@][\\w:.-]*(?==))|(?<s>" + DQ + "|" + SQ + ")",
                "", ""), "html", "xml", "svg", "xhtml");
        register(grammar("(?<c>" + BLOCK_COMMENT + ")|(?<s>" + DQ + "|" + SQ + ")|(?<a>[\\w-]+(?=\\s*:[^:{;]*[;}\\n]))|"
                        + "(?<t>[.#]?-?[A-Za-z_][\\w-]*(?=[^{};]*\\{)|@[\\w-]+)|(?<n>-?\\d*\\.?\\d+(?:%|[a-z]+)?|#[\\da-fA-F]{3,8}\\b)",
                "", ""), "css", "scss", "less");
    }

    private CodeHighlighter() {
    }

    /** Replaces the text of a {@code <code>} element with the same text split into token spans. */
    static void highlight(Element code, String language) {
        Grammar grammar = BY_LANGUAGE.get(language.toLowerCase(Locale.ROOT));
        if (grammar == null) {
            return;
        }
        String text = code.wholeText();
        code.empty();
        Matcher m = grammar.tokens().matcher(text);
        int done = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            String kind = kind(grammar, m, text);
            if (kind == null) {
                continue;
            }
            if (m.start() > done) {
                code.appendText(text.substring(done, m.start()));
            }
            code.appendElement("span").addClass("tk-" + kind).text(m.group());
            done = m.end();
        }
        if (done < text.length()) {
            code.appendText(text.substring(done));
        }
    }

    private static String kind(Grammar grammar, Matcher m, String text) {
        for (String group : grammar.groups()) {
            if (m.group(group) != null) {
                return group;
            }
        }
        return grammar.hasWords() && m.group("w") != null ? wordKind(grammar, m, text) : null;
    }

    /** A keyword, a literal, a function name (a word before "("), or plain text. */
    private static String wordKind(Grammar grammar, Matcher m, String text) {
        String word = grammar.anyCase() ? m.group().toLowerCase(Locale.ROOT) : m.group();
        if (grammar.keywords().contains(word)) {
            return "k";
        }
        if (grammar.literals().contains(word)) {
            return "l";
        }
        return m.end() < text.length() && text.charAt(m.end()) == '(' ? "f" : null;
    }

    private static Grammar grammar(String tokens, String keywords, String literals) {
        return grammar(tokens, keywords, literals, false);
    }

    private static Grammar grammar(String tokens, String keywords, String literals, boolean anyCase) {
        List<String> groups = GROUPS.stream().filter(g -> tokens.contains("(?<" + g + ">")).toList();
        return new Grammar(Pattern.compile(tokens, Pattern.MULTILINE), groups, tokens.contains("(?<w>"),
                words(keywords), words(literals), anyCase);
    }

    private static Set<String> words(String list) {
        return list.isBlank() ? Set.of() : Set.of(list.split(" "));
    }

    private static void register(Grammar grammar, String... names) {
        for (String name : names) {
            BY_LANGUAGE.put(name, grammar);
        }
    }
}
