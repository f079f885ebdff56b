package dev.qadocs.validate.links;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Page;
import dev.qadocs.validate.rule.Anchor;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.ValidationContext;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A {@code #fragment} that names no question, heading or category of its page (the same page or another). */
public final class BrokenAnchor extends LinkRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("broken-anchor",
            "A #anchor names no question or heading of the page it points to.");

    /** Browsers scroll to the top for {@code #top} even when no element has that id. */
    private static final String TOP = "top";


    public BrokenAnchor(String siteRoot) {
        super(RULE, siteRoot);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        Map<String, Set<String>> idsByPage = new HashMap<>();
        links(context).each(LinkTarget.PageTarget.class, (link, target) -> {
            String fragment = target.fragment();
            if (fragment.isEmpty() || fragment.equals(TOP)) {
                return;
            }
            Set<String> ids = idsByPage.computeIfAbsent(target.page().path(), p -> ids(target.page()));
            if (!ids.contains(fragment)) {
                String where = target.page() == link.page() ? "on this page" : "in " + target.page().path();
                findings.report(link.link().position(), "anchor #" + fragment + " does not exist " + where
                        + hint(fragment, ids));
            }
        });
    }

    private static Set<String> ids(Page page) {
        return Anchor.of(page).stream().map(Anchor::id).collect(Collectors.toSet());
    }

    /** Ids are lowercase; an author who wrote {@code #Setup} meant {@code #setup}. */
    private static String hint(String fragment, Set<String> ids) {
        return ids.stream().filter(fragment::equalsIgnoreCase).findFirst()
                .map(id -> " (did you mean #" + id + "?)").orElse("");
    }
}
