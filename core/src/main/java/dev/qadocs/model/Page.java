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

    /**
     * The length of all its Markdown: roughly what any stage's work on it costs. Loops, not streams over
     * {@link Category#questions()}: the preview asks it of every page on every save.
     */
    public long markdownLength() {
        long length = intro.length();
        for (Category category : categories) {
            length += category.intro().length();
            for (Entry entry : category.entries()) {
                if (entry instanceof Question question) {
                    for (Section section : question.sections()) {
                        length += section.markdown().length();
                    }
                } else if (entry instanceof Passage passage) {
                    length += passage.markdown().length();
                }
            }
        }
        return length;
    }

    public int questionCount() {
        int count = 0;
        for (Category category : categories) {
            for (Entry entry : category.entries()) {
                if (entry instanceof Question) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * What the page is called everywhere it is shown: its own title, or for a page that names none (a README with
     * neither front matter nor a {@code #} heading, which reads fine on GitHub) what a reader would call it, its
     * file's name in words, or its folder's for a README or index: {@code vector-search_basics.md} is "Vector
     * search basics". The {@code missing-title} rule says which pages were named so.
     */
    public String title() {
        if (meta.title() != null && !meta.title().isBlank()) {
            return meta.title();
        }
        String[] parts = slug().split("/");
        String name = parts[parts.length - 1];
        if (parts.length > 1 && (name.equalsIgnoreCase("readme") || name.equalsIgnoreCase("index"))) {
            name = parts[parts.length - 2];
        }
        String words = name.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The page's output path without extension: {@code guide/rag.mdx} becomes {@code guide/rag}. */
    public String slug() {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
    }
}
