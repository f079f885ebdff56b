package dev.qadocs.model;

import java.util.List;

/** An admonition that is not one of the typed kinds: {@code > [!NOTE]} or Mintlify's {@code <Note>}. */
public record Callout(Type type, String label, String id, String markdown, List<String> headingIds,
                      SourcePosition position) implements Section {

    public Callout {
        headingIds = List.copyOf(headingIds);
    }

    @Override
    public SectionKind kind() {
        return SectionKind.CALLOUT;
    }

    /** Mintlify's six callouts; GitHub's alerts map onto them (IMPORTANT to info, CAUTION to danger). */
    public enum Type {
        NOTE, TIP, INFO, WARNING, CHECK, DANGER;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
