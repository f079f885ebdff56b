package dev.qadocs.pipeline;

/** The pipeline's stages, in the order the build log reports their time. */
public enum Stage {
    LOAD, PARSE, VALIDATE, MARKDOWN, RENDER, INDEX, LLMS, WRITE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
