package dev.qadocs.parse;

import dev.qadocs.model.Callout;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Mintlify callout components and GitHub alerts onto one set of types. qadocs Markdown writes callouts as GitHub
 * alerts, so a type without a GitHub name takes its nearest one (Info is IMPORTANT, Danger is CAUTION, Check is TIP).
 */
final class CalloutTypes {

    private static final Map<String, Callout.Type> COMPONENTS = Map.of(
            "Note", Callout.Type.NOTE, "Tip", Callout.Type.TIP, "Info", Callout.Type.INFO,
            "Warning", Callout.Type.WARNING, "Check", Callout.Type.CHECK, "Danger", Callout.Type.DANGER);
    private static final Map<String, Callout.Type> ALERTS = Map.of(
            "NOTE", Callout.Type.NOTE, "TIP", Callout.Type.TIP, "IMPORTANT", Callout.Type.INFO,
            "WARNING", Callout.Type.WARNING, "CAUTION", Callout.Type.DANGER);

    private CalloutTypes() {
    }

    static Optional<Callout.Type> ofComponent(String name) {
        return Optional.ofNullable(COMPONENTS.get(name));
    }

    static Optional<Callout.Type> ofAlert(String name) {
        return Optional.ofNullable(ALERTS.get(name.toUpperCase(Locale.ROOT)));
    }

    static String alertName(Callout.Type type) {
        return switch (type) {
            case INFO -> "IMPORTANT";
            case DANGER -> "CAUTION";
            case CHECK -> "TIP";
            default -> type.name();
        };
    }

    /** "Note", "Tip": the label a callout section gets. */
    static String label(Callout.Type type) {
        return type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
