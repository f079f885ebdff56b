package dev.qadocs.search;

/** The indexed fields and their boosts; the client reads both from the manifest, never from its own copy. */
enum SearchField {
    TITLE("title", 3f),
    BODY("body", 1f);

    private final String id;
    private final float boost;

    SearchField(String id, float boost) {
        this.id = id;
        this.boost = boost;
    }

    String id() {
        return id;
    }

    float boost() {
        return boost;
    }
}
