package dev.qadocs.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the theme's asset files, in the jar (or a classes folder while developing) and in a user's folder. */
final class ThemeFiles {

    private static final String ASSETS = "assets/";

    private ThemeFiles() {
    }

    /** Names relative to the theme root ({@code assets/qadocs.css}), sorted, so output order never varies. */
    static SortedSet<String> assets(String classpathRoot, Optional<Path> userDirectory) {
        SortedSet<String> names = new TreeSet<>();
        URL url = ThemeFiles.class.getClassLoader().getResource(classpathRoot + ASSETS);
        if (url == null) {
            throw new UncheckedIOException(new IOException("the theme has no " + classpathRoot + ASSETS));
        }
        try {
            if (url.getProtocol().equals("jar")) {
                URLConnection connection = url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
                    jar.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(classpathRoot + ASSETS) && !n.endsWith("/"))
                            .forEach(n -> names.add(n.substring(classpathRoot.length())));
                }
            } else {
                names.addAll(files(Path.of(url.toURI()).getParent()));
            }
            if (userDirectory.isPresent() && Files.isDirectory(userDirectory.get().resolve(ASSETS))) {
                names.addAll(files(userDirectory.get()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a class path URL that is no URI: " + url, e);
        }
        return names;
    }

    private static SortedSet<String> files(Path themeRoot) throws IOException {
        SortedSet<String> names = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(themeRoot.resolve(ASSETS))) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> names.add(themeRoot.relativize(p).toString().replace('\\', '/')));
        }
        return names;
    }
}
