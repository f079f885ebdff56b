package dev.qadocs.validate.links;

import dev.qadocs.model.Page;

import java.net.URI;

/** What a link points at, once resolved against the site. */
public sealed interface LinkTarget {

    /** An http(s) link: only its syntax is known offline. */
    record External(URI uri) implements LinkTarget {
    }

    /** A page of this site, and the anchor on it ({@code ""} for none). */
    record PageTarget(Page page, String fragment) implements LinkTarget {
    }

    /** A file of the content folder that is published as it is. */
    record Asset(String path) implements LinkTarget {
    }

    /** A path inside the site that names nothing. {@code asset} when it was meant as a file rather than a page. */
    record Missing(String path, boolean asset, String reason) implements LinkTarget {
    }

    /** Not a URL a browser could follow as written. */
    record Malformed(String reason) implements LinkTarget {
    }

    /** Fine as far as can be told without leaving the site: {@code mailto:}, the home page, other parts of the host. */
    record Unchecked() implements LinkTarget {
    }
}
