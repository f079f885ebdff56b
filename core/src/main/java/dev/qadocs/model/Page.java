package dev.qadocs.model;

import java.util.List;

/**
 * One source file.
 *
 * @param path       source path relative to the content folder, with {@code /}; also the page's identity
 * @param meta       front matter
 * @param intro      qadocs Markdown before the first category (may be empty)
 * @param introHeadingIds the anchor ids of the intro's headings, as {@link Section#headingIds()}
 * @param categories in source order; questions before any {@code ##} heading sit in an untitled category
 * @param headings   every heading of the page with its anchor id, for link checking and tables of contents
 * @param links      every link and image written in the page, at its exact source position
 * @param position   where the page starts (line 1)
 */
public record Page(String path, FrontMatter meta, String intro, List<String> introHeadingIds, List<Category> categories,
                   List<Heading> headings, List<Link> links, SourcePosition position) {

    public Page {
        introHeadingIds = List.copyOf(introHeadingIds);
        categories = List.copyOf(categories);
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }

    public List<Question> questions() {
        return categories.stream().flatMap(c -> c.questions().stream()).toList();
    }

    public int questionCount() {
        return categories.stream().mapToInt(c -> c.questions().size()).sum();
    }

    /** The page's output path without extension: {@code guide/rag.mdx} becomes {@code guide/rag}. */
    public String slug() {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
    }
}
