package dev.qadocs.serve;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import dev.qadocs.pipeline.OutputStages;
import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.PageFailure;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code qadocs:serve}: builds the site, serves it, and on every saved change rebuilds what the change affects
 * and reloads open browsers. A change that does not build shows its diagnostics on the console and over the page,
 * while the last good pages stay served. Runs until {@link #close()}; nothing here reads standard input, so it
 * works under {@code mvn -B} and with stdin closed.
 */
public final class PreviewServer implements AutoCloseable {

    /** Where progress and problems go: the Maven log, or a test's list. */
    public interface Console {
        void info(String line);

        void warn(String line);

        void error(String line);
    }

    private static final long HEARTBEAT_SECONDS = 15;

    /**
     * Handler threads read a request's headers themselves, so connections that never finish them would hold the
     * threads. The JDK's server closes a connection whose headers take longer than {@code maxReqTime} seconds and
     * a keep-alive connection idle for {@code idleInterval}; it reads both once, when its first server starts,
     * so they are set here, before that, unless the author set them.
     */
    static final String HEADER_TIMEOUT_SECONDS = "10";
    static final String IDLE_TIMEOUT_SECONDS = "30";
    /** Enough that a few stalled connections, each cut off after the header timeout, leave most threads free. */
    private static final int HANDLER_THREADS = 16;

    static {
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", HEADER_TIMEOUT_SECONDS);
        System.getProperties().putIfAbsent("sun.net.httpserver.idleInterval", IDLE_TIMEOUT_SECONDS);
    }

    private final Rebuilder site;
    private final Console console;
    private final HttpServer http;
    private final ExecutorService handlers;
    private final ScheduledExecutorService heartbeat;
    /** One thread: whole-site outputs are made one set at a time, beside the rebuilds on the watcher thread. */
    private final ExecutorService wholeSite = Executors.newSingleThreadExecutor(daemon("qadocs-whole-site"));
    private final ReloadChannel reload;
    private final String instance = Long.toString(System.nanoTime(), 36);
    private final AtomicLong builds = new AtomicLong();
    private final CountDownLatch closed = new CountDownLatch(1);
    private SourceWatcher watcher;
    private List<Diagnostic> warnings = List.of();

    private PreviewServer(Rebuilder site, Console console, HttpServer http) {
        this.site = site;
        this.console = console;
        this.http = http;
        this.handlers = Executors.newFixedThreadPool(HANDLER_THREADS, daemon("qadocs-http"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("qadocs-heartbeat"));
        this.reload = new ReloadChannel(new PreviewState(generation(), List.of()));
    }

    /** Binds the port first (a taken port fails at once, before any build), then builds, serves and watches. */
    public static PreviewServer start(ServeOptions options, Console console) throws IOException {
        List<Path> watched = new ArrayList<>();
        watched.add(options.build().source());
        options.build().templateDirectory().ifPresent(watched::add);
        return start(options, new LiveSite(options.build(), OutputStages::of), watched,
                console);
    }

    static PreviewServer start(ServeOptions options, Rebuilder site, List<Path> watched, Console console)
            throws IOException {
        PreviewServer server = new PreviewServer(site, console, bind(options.host(), options.port()));
        List<HttpContext> contexts = List.of(
                server.http.createContext("/", new StaticFiles(new SiteFolder(options.build().output()),
                        () -> server.reload.state().generation())),
                server.http.createContext(ReloadChannel.PATH, server.reload),
                server.http.createContext(LiveReloadScript.PATH, new LiveReloadScript()));
        HostCheck hostCheck = new HostCheck(options.host(), server.http.getAddress().getAddress().isLoopbackAddress());
        for (HttpContext context : contexts) {
            context.getFilters().add(hostCheck);
            context.getFilters().add(new RequestMethods());
        }
        server.http.setExecutor(server.handlers);
        server.rebuild(site::buildAll);
        try {
            server.watcher = new SourceWatcher(watched, options.build().output(), options.debounce(), server::changed);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        server.http.start();
        server.heartbeat.scheduleAtFixedRate(server.reload::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
        return server;
    }

    private static HttpServer bind(String host, int port) throws IOException {
        try {
            return HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (BindException e) {
            throw new PortInUseException(host, port, e);
        }
    }

    /** The address to open; with port 0 in the options, the port that was picked. */
    public URI url() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** Blocks until the server is closed, by {@link #close()} from another thread or a shutdown hook. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    private String generation() {
        return instance + "-" + builds.get();
    }

    private void changed(Set<Path> paths) {
        rebuild(() -> site.update(paths));
    }

    @FunctionalInterface
    private interface Work {
        Rebuild run() throws PipelineFailedException, IOException;
    }

    /** Never throws: whatever goes wrong is reported, and the previous site and generation stay. */
    private void rebuild(Work work) {
        try {
            Rebuild done = work.run();
            if (!done.diagnostics().equals(warnings)) {
                // Repeating the same warnings after every save would bury the one line that is new.
                done.diagnostics().forEach(d -> console.warn(d.toString()));
                warnings = done.diagnostics();
            }
            console.info(done.summary());
            if (done.siteChanged()) {
                builds.incrementAndGet();
            }
            // Published even when nothing changed: it clears the overlay after an undo back to the served state.
            reload.publish(new PreviewState(generation(), List.of()));
            wholeSite.execute(this::catchUp);
        } catch (PipelineFailedException e) {
            Diagnostic.print(e.diagnostics(), console::error, console::warn);
            console.error(e.getMessage() + "; still serving the last good pages");
            reload.publish(new PreviewState(reload.state().generation(),
                    e.diagnostics().stream().map(Diagnostic::toString).toList()));
        } catch (PageFailure e) {
            console.error(e.diagnostic() + "; still serving the last good pages");
            reload.publish(new PreviewState(reload.state().generation(), List.of(e.diagnostic().toString())));
        } catch (Throwable e) {
            // Whatever happens, the watcher thread must live on: it is the one that notices the fix.
            console.error("rebuild failed: " + e + "; still serving the last good pages");
            reload.publish(new PreviewState(reload.state().generation(), List.of("rebuild failed: " + e)));
        }
    }

    private void catchUp() {
        try {
            site.catchUp().ifPresent(took -> console.info("search index and llms files updated in "
                    + took.toMillis() + " ms"));
        } catch (Throwable e) {
            console.error("could not update the search index and llms files: " + e);
        }
    }

    /** Stops watching and serving. Safe to call more than once and from a shutdown hook. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            console.warn("could not stop watching: " + e.getMessage());
        }
        reload.close();
        http.stop(0);
        heartbeat.shutdownNow();
        wholeSite.shutdownNow();
        handlers.shutdownNow();
        awaitWholeSite();
        closed.countDown();
    }

    /**
     * A search index still being written would otherwise go on writing into the output folder after close, racing
     * whoever deletes or rebuilds it next (a test's temporary folder, a {@code qadocs:build}).
     */
    private void awaitWholeSite() {
        try {
            if (!wholeSite.awaitTermination(10, TimeUnit.SECONDS)) {
                console.warn("the search index was still being written when the preview stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
