package dev.qadocs.model;

/** The kinds of section a question holds. {@link #id()} is stable: CSS classes, JSON and rule ids use it. */
public enum SectionKind {
    ANSWER("answer", "Answer"),
    WHAT_IS_TESTED("what-is-tested", "What interviewers test"),
    RED_FLAG("red-flag", "Red flag answer"),
    FOLLOW_UPS("follow-ups", "Follow-up questions"),
    WEAK_VS_STRONG("weak-vs-strong", "Weak vs strong answers"),
    FOLLOW_UP_CHAIN("follow-up-chain", "Follow-up chain"),
    ANSWER_TEMPLATE("answer-template", "Answer template"),
    REAL_WORLD_EXAMPLE("real-world-example", "Real-world example"),
    GLOSSARY_TERM("glossary-term", "Glossary"),
    QUICK_FIRE("quick-fire", "Quick-fire"),
    FURTHER_READING("further-reading", "Further reading"),
    CALLOUT("callout", "Note"),
    GENERIC("generic", "");

    private final String id;
    private final String defaultLabel;

    SectionKind(String id, String defaultLabel) {
        this.id = id;
        this.defaultLabel = defaultLabel;
    }

    public String id() {
        return id;
    }

    public String defaultLabel() {
        return defaultLabel;
    }
}
