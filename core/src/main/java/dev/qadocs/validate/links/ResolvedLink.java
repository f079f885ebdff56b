package dev.qadocs.validate.links;

import dev.qadocs.model.Link;
import dev.qadocs.model.Page;

/** A link as written in a page, with what it points at. */
public record ResolvedLink(Page page, Link link, LinkTarget target) {
}
