package dev.qadocs.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folder trees and reports what changed once the files have been quiet for the debounce time: an
 * editor's save is often several events (temporary file, rename, attribute change), and one rebuild for all of
 * them is both faster and never sees a half-saved file. The watch service only watches single folders, so
 * every subfolder is registered, including ones created later. Changes are handed over on this watcher's own
 * thread, one batch at a time, so rebuilds never overlap.
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Path ignored;
    private final Duration debounce;
    private final Consumer<Set<Path>> onChange;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    /**
     * @param roots   folder trees to watch; missing ones are skipped
     * @param ignored never reported, nor watched (the output folder, when someone puts it inside the sources)
     */
    SourceWatcher(List<Path> roots, Path ignored, Duration debounce, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.onChange = onChange;
        for (Path root : roots) {
            register(root.toAbsolutePath().normalize());
        }
        this.thread = new Thread(this::run, "qadocs-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.startsWith(ignored)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                collect(service.take(), changed);
                for (WatchKey key = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS); key != null;
                     key = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) {
                    collect(key, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Events were lost: the folder itself stands for "something in here changed".
                changed.add(dir);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (path.startsWith(ignored)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                registerQuietly(path, changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** A folder that vanishes while being registered needs no watching; the rebuild will notice it is gone. */
    private void registerQuietly(Path dir, Set<Path> changed) {
        try {
            register(dir);
            try (var inside = Files.walk(dir)) {
                inside.forEach(changed::add);
            }
        } catch (IOException e) {
            changed.add(dir);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
