package dev.qadocs.search;

import dev.qadocs.load.LoadResult;
import dev.qadocs.load.SourceLoader;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.parse.PageParser;
import dev.qadocs.testing.Corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Real content through the real loader and parser: what search is tested and measured on. */
final class ParsedSites {

    private ParsedSites() {
    }

    /** The shared Mintlify corpus: three long pages of real interview questions. */
    static Site mintlify() {
        return parse(Corpus.mintlify());
    }

    static Site parse(Path folder) {
        LoadResult loaded = new SourceLoader().load(folder);
        PageParser parser = new PageParser();
        List<Page> pages = new ArrayList<>();
        loaded.files().forEach(f -> parser.parse(f).page().ifPresent(pages::add));
        pages.sort(Comparator.comparing(Page::path));
        return new Site(loaded.config(), pages, new TreeSet<>(loaded.assets()));
    }
}
