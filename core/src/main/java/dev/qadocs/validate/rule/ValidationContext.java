package dev.qadocs.validate.rule;

import dev.qadocs.model.Site;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The site being validated, plus views of it that several rules need (every link resolved, every anchor of a
 * page). A view is computed once, on first use, so a site whose link rules are all off never resolves a link.
 */
public final class ValidationContext {

    private final Site site;
    private final Map<Class<?>, Object> views = new HashMap<>();

    public ValidationContext(Site site) {
        this.site = site;
    }

    public Site site() {
        return site;
    }

    public <T> T view(Class<T> type, Function<Site, T> compute) {
        return type.cast(views.computeIfAbsent(type, t -> compute.apply(site)));
    }
}
