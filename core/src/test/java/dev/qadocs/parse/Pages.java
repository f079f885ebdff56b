package dev.qadocs.parse;

import dev.qadocs.load.SourceFile;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;

import java.util.List;

/** Parses test text; a helper so tests read as input and expectations. */
final class Pages {

    private Pages() {
    }

    static ParseResult result(String path, String text) {
        return new PageParser().parse(new SourceFile(path, text));
    }

    static Page page(String path, String text) {
        return result(path, text).page().orElseThrow();
    }

    static List<Question> questions(String path, String text) {
        return page(path, text).questions();
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
