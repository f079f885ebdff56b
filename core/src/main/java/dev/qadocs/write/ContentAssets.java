package dev.qadocs.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;

/** The content folder's files that are not pages (images, downloads), copied into the site as they are. */
public final class ContentAssets {

    private ContentAssets() {
    }

    /**
     * Copies {@code assets}, paths relative to {@code source}. An asset named like a file the output already
     * holds from another stage is refused by a staged output; {@code collided} decides whether that stops the
     * copy (by throwing) or leaves the asset out.
     */
    public static void copy(Collection<String> assets, Path source, OutputSink output,
                            Consumer<OutputCollisionException> collided) throws IOException {
        for (String asset : assets) {
            byte[] content = Files.readAllBytes(source.resolve(asset));
            try {
                output.write(asset, content);
            } catch (OutputCollisionException e) {
                collided.accept(e);
            }
        }
    }
}
