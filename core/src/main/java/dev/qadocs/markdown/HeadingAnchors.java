package dev.qadocs.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

import java.util.Iterator;
import java.util.List;

/**
 * Writes the anchor ids the parser gave a text's headings ({@link Markdown#HEADING_IDS} of the document) onto
 * those headings as Flexmark renders them, one after the other in document order. The headings are the ones
 * {@link Markdown#headingLines} lists, so the parser and the HTML count the same headings. One per rendering.
 */
final class HeadingAnchors implements AttributeProvider {

    static final IndependentAttributeProviderFactory FACTORY = new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new HeadingAnchors(Markdown.HEADING_IDS.get(context.getDocument()));
        }
    };

    private final Iterator<String> ids;

    private HeadingAnchors(List<String> ids) {
        this.ids = ids.iterator();
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading heading && heading.isAtxHeading() && part == AttributablePart.NODE
                && ids.hasNext()) {
            String id = ids.next();
            if (!id.isEmpty()) {
                attributes.replaceValue("id", id);
            }
        }
    }
}
