package dev.qadocs.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The default theme from the classpath ({@code dev/qadocs/theme/}), where any file can be replaced by one of the
 * same name in the user's template folder. Assets are read once and named by their content hash, so a browser
 * may cache them forever and still sees every change.
 */
final class Theme {

    static final String CLASSPATH_ROOT = "dev/qadocs/theme/";

    /** Third-party files (Mermaid, KaTeX) keep their names: their folders carry the version, and KaTeX's
     *  stylesheet finds its fonts by relative path. */
    private static final String VENDOR = "assets/vendor/";

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
        // Every file of the theme's assets folder, and any a user's folder adds: a new asset needs no code here.
        for (String name : ThemeFiles.assets(CLASSPATH_ROOT, directory)) {
            boolean shipped = directory.map(d -> !Files.isRegularFile(d.resolve(name))).orElse(true);
            byte[] content = read(name);
            if (name.startsWith(VENDOR)) {
                assets.put(name, new HashedAsset(name, content));
                continue;
            }
            // Our own sources are readable in the jar (and for anyone copying one to change it); the site gets
            // them minified. A user's own files are published exactly as written.
            byte[] published = shipped ? AssetMinifier.minify(name, content) : content;
            assets.put(name, new HashedAsset(hashed(name, published), published));
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

    /**
     * The name with 32 bits of its content's CRC-32: a name only has to change when its content does, among a
     * theme's dozen files. SHA-256 ran as plain Java in the build's C1-only JVM, over megabytes of vendored
     * scripts, before any page could be rendered; CRC-32 is a processor instruction there.
     */
    private static String hashed(String name, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "." + HexFormat.of().toHexDigits((int) crc.getValue()) + name.substring(dot);
    }

    /** Mustache asks for templates and partials by name; the user's folder wins over the classpath. */
    private final class Resolver implements MustacheResolver {
        @Override
        public Reader getReader(String resourceName) {
            return new StringReader(new String(read(resourceName), StandardCharsets.UTF_8));
        }
    }
}
