package dev.qadocs.index;

import dev.qadocs.model.Site;
import dev.qadocs.write.OutputSink;

/** Builds the static search index with Lucene. Placeholder: the search work replaces it. */
public final class SearchIndexer {

    public void write(Site site, OutputSink output) {
    }
}
