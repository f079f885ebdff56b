package dev.qadocs.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default theme from the classpath ({@code dev/qadocs/theme/}), where any file can be replaced by one of the
 * same name in the user's template folder. Assets are read once and named by their content hash, so a browser
 * may cache them forever and still sees every change.
 */
final class Theme {

    static final String CLASSPATH_ROOT = "dev/qadocs/theme/";

    /**
     * Shipped as they are; search.* belong to the search client, qadocs.* to the page, nav.* to the on-this-page
     * list, copy links and the theme switch, study.* to study mode.
     */
    static final List<String> ASSETS = List.of(
            "assets/qadocs.css", "assets/qadocs.js", "assets/search.css", "assets/search.js",
            "assets/nav.css", "assets/nav.js", "assets/study.css", "assets/study.js");

    private final Optional<Path> directory;
    private final DefaultMustacheFactory factory;
    private final Map<String, HashedAsset> assets = new LinkedHashMap<>();

    /** One asset as written to the site: its hashed path and its bytes. */
    record HashedAsset(String path, byte[] content) {
    }

    Theme(Optional<Path> directory) {
        if (directory.isPresent() && !Files.isDirectory(directory.get())) {
            throw new UncheckedIOException(new NoSuchFileException(directory.get().toString(), null,
                    "the template directory does not exist"));
        }
        this.directory = directory;
        this.factory = new DefaultMustacheFactory(new Resolver());
        for (String name : ASSETS) {
            byte[] content = read(name);
            assets.put(name, new HashedAsset(hashed(name, content), content));
        }
    }

    /** Compiles a template (and its partials) once; compiled templates are safe to run from several threads. */
    Mustache template(String name) {
        try {
            return factory.compile(name);
        } catch (MustacheException e) {
            throw new UncheckedIOException(new IOException("template " + name + ": " + e.getMessage(), e));
        }
    }

    HashedAsset asset(String name) {
        return assets.get(name);
    }

    Iterable<HashedAsset> assets() {
        return assets.values();
    }

    private byte[] read(String name) {
        try {
            Optional<Path> override = directory.map(d -> d.resolve(name)).filter(Files::isRegularFile);
            if (override.isPresent()) {
                return Files.readAllBytes(override.get());
            }
            try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + name)) {
                if (in == null) {
                    throw new NoSuchFileException(CLASSPATH_ROOT + name, null, "missing from the theme");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hashed(String name, byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            String hash = HexFormat.of().formatHex(digest, 0, 4);
            int dot = name.lastIndexOf('.');
            return name.substring(0, dot) + "." + hash + name.substring(dot);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Mustache asks for templates and partials by name; the user's folder wins over the classpath. */
    private final class Resolver implements MustacheResolver {
        @Override
        public Reader getReader(String resourceName) {
            return new StringReader(new String(read(resourceName), StandardCharsets.UTF_8));
        }
    }
}
