package dev.qadocs.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The YAML header of a page. Known keys are typed; everything else is kept in {@code extra} so themes can use it.
 */
public record FrontMatter(String title, String description, Optional<String> icon, OptionalInt order,
                          Map<String, Object> extra) {

    public FrontMatter {
        extra = Map.copyOf(extra);
    }

    public static FrontMatter titled(String title) {
        return new FrontMatter(title, "", Optional.empty(), OptionalInt.empty(), Map.of());
    }
}
