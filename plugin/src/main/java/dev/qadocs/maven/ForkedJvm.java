package dev.qadocs.maven;

import dev.qadocs.batch.BatchMain;
import dev.qadocs.batch.BatchRequest;
import dev.qadocs.batch.Console;
import dev.qadocs.batch.ConsoleProtocol;
import dev.qadocs.batch.Outcome;
import dev.qadocs.batch.RequestFile;
import org.apache.maven.plugin.MojoExecutionException;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;

/**
 * The JVM a batch goal forks to run {@link BatchMain}: {@code java} of the JVM Maven runs on, the plugin's own
 * classpath, Maven's heap limit and proxy settings, and options for a short batch job. It lives no longer than the goal: destroyed
 * when the goal's thread is interrupted or Maven shuts down, and told Maven's process id so it stops by itself
 * when Maven is killed outright.
 *
 * @param java      the {@code java} launcher
 * @param inherited what the child takes over from Maven's JVM ({@link #inherited})
 * @param jvmArgs   further JVM options, after the inherited ones so that theirs win
 * @param classpath the core and its dependencies
 */
record ForkedJvm(Path java, List<String> inherited, List<String> jvmArgs, List<Path> classpath) {

    /**
     * C1 only: a one-shot build ends before C2's compilations pay back, and they were most of its CPU time.
     */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /**
     * The serial collector when the heap is roomy: at the same CPU time as G1 its process peaks at 0.34 GB on the
     * realistic corpus instead of 0.58 GB, since it needs no remembered sets or region reserve. Its generations have
     * fixed bounds, though, its old one two thirds of the heap: at {@code -Xmx512m} that cannot hold the
     * 100,000-question site's live set (~450 MB), which G1 can. From this heap up the old generation holds twice that.
     */
    static final long SERIAL_FROM_HEAP = 1536L << 20;
    /**
     * G1 on a tight heap, named so that a small machine does not get the serial collector. {@code GCTimeRatio=1}
     * lets it spend up to half the time collecting rather than grow the heap: on the realistic corpus its process
     * then peaks at 0.55 GB instead of 0.75 GB (ratio 4) or 1.7 GB (default), at the same CPU time, since a short
     * batch job's garbage dies young either way.
     */
    private static final List<String> TIGHT_HEAP = List.of(C1_ONLY, "-XX:+UseG1GC", "-XX:GCTimeRatio=1");
    private static final List<String> ROOMY_HEAP = List.of(C1_ONLY, "-XX:+UseSerialGC");

    /**
     * The options a child with Maven's heap limit {@code maxHeap} gets unless {@code jvmArgs} says otherwise.
     * {@link Long#MAX_VALUE}, no limit known, passes no {@code -Xmx}: the child's heap is then its JVM's default,
     * which on a small machine is tight.
     */
    static List<String> defaultJvmArgs(long maxHeap) {
        return maxHeap >= SERIAL_FROM_HEAP && maxHeap != Long.MAX_VALUE ? ROOMY_HEAP : TIGHT_HEAP;
    }

    /** The proxy settings the external-link check reads from system properties, as it would in Maven's JVM. */
    private static final List<String> PROXY_PROPERTIES = List.of("http.proxyHost", "http.proxyPort",
            "https.proxyHost", "https.proxyPort", "http.nonProxyHosts", "java.net.useSystemProxies");

    ForkedJvm {
        inherited = List.copyOf(inherited);
        jvmArgs = List.copyOf(jvmArgs);
        classpath = List.copyOf(classpath);
    }

    /**
     * The JVM this Maven runs on, with its heap limit, its proxy settings and the plugin's classpath, started with
     * {@code jvmArgs}, or when those are empty with the {@link #defaultJvmArgs} for that heap.
     */
    static ForkedJvm current(List<String> jvmArgs) throws MojoExecutionException {
        long maxHeap = Runtime.getRuntime().maxMemory();
        return new ForkedJvm(Path.of(System.getProperty("java.home"), "bin", "java"),
                inherited(maxHeap, System.getProperties()), jvmArgs.isEmpty() ? defaultJvmArgs(maxHeap) : jvmArgs,
                classpath(BatchMain.class.getClassLoader()));
    }

    /**
     * Maven's heap limit as {@code -Xmx} (none when the JVM knows no limit), so {@code MAVEN_OPTS=-Xmx512m} bounds
     * the build wherever it runs, and the proxy properties that are set.
     */
    static List<String> inherited(long maxHeap, Properties properties) {
        List<String> options = new ArrayList<>();
        if (maxHeap != Long.MAX_VALUE) {
            options.add("-Xmx" + maxHeap);
        }
        for (String key : PROXY_PROPERTIES) {
            Optional.ofNullable(properties.getProperty(key)).ifPresent(value -> options.add("-D" + key + "=" + value));
        }
        return options;
    }

    /**
     * Where {@code loader} loads classes from: in Maven the plugin's class realm, whose URLs are the plugin and its
     * dependencies; elsewhere (the Mojo tests) the application class loader, whose classpath is
     * {@code java.class.path}.
     */
    static List<Path> classpath(ClassLoader loader) throws MojoExecutionException {
        if (!(loader instanceof URLClassLoader realm)) {
            return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
        }
        List<Path> paths = new ArrayList<>();
        for (URL url : realm.getURLs()) {
            try {
                paths.add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new MojoExecutionException("qadocs: cannot fork the build: the plugin's classpath entry " + url
                        + " is not a file; -Dqadocs.fork=false runs the build inside Maven's JVM", e);
            }
        }
        return paths;
    }

    /** The child's command line, for a request in {@code requestFile}, stopping when process {@code parentPid} ends. */
    List<String> command(Path requestFile, long parentPid) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(inherited);
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(BatchMain.class.getName());
        command.add("--parent");
        command.add(Long.toString(parentPid));
        command.add(requestFile.toString());
        return command;
    }

    /**
     * Runs {@code request} in a child JVM, showing its lines on {@code console} as they come, at their levels
     * (standard error's at warning), and returns how it ended. A child that ends without saying how (a crash, a
     * JVM that would not start) is a {@link MojoExecutionException} naming its exit status.
     */
    Outcome run(BatchRequest request, Console console) throws MojoExecutionException {
        Path file = null;
        try {
            file = Files.createTempFile("qadocs-request", ".properties");
            RequestFile.write(request, file);
            return run(file, console);
        } catch (IOException e) {
            throw new MojoExecutionException("qadocs: cannot fork the build: " + e.getMessage()
                    + "; -Dqadocs.fork=false runs the build inside Maven's JVM", e);
        } finally {
            deleteQuietly(file);
        }
    }

    private Outcome run(Path requestFile, Console console) throws IOException, MojoExecutionException {
        Process process = new ProcessBuilder(command(requestFile, ProcessHandle.current().pid()))
                .directory(new File(System.getProperty("user.dir")))
                .start();
        Thread stop = new Thread(process::destroyForcibly, "qadocs-fork-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            process.getOutputStream().close();
            return relayUntilExit(process, console);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("qadocs: interrupted; the forked build was stopped");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // Maven is exiting, and the hook is stopping the child already.
            }
        }
    }

    /** One line of the child's output, or (text empty) the end of one of its two streams. */
    private record Line(boolean standardError, Optional<String> text) {
    }

    /**
     * Both streams are drained by threads of their own, so the child never blocks on a full pipe, and relayed
     * here, on the goal's thread, where Maven expects a goal's log lines and where an interrupt reaches us.
     */
    private static Outcome relayUntilExit(Process process, Console console)
            throws InterruptedException, MojoExecutionException {
        BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
        drain(process.getInputStream(), StandardCharsets.UTF_8, false, lines);
        drain(process.getErrorStream(), Charset.defaultCharset(), true, lines);
        ConsoleProtocol.Relay relay = new ConsoleProtocol.Relay(console);
        for (int open = 2; open > 0; ) {
            Line line = lines.take();
            if (line.text().isEmpty()) {
                open--;
            } else if (line.standardError()) {
                console.print(Console.Level.WARN, line.text().get());
            } else {
                relay.accept(line.text().get());
            }
        }
        int status = process.waitFor();
        return relay.outcome(status).orElseThrow(() -> new MojoExecutionException("qadocs: the forked build JVM "
                + "stopped with exit status " + status + " (its output is above); -Dqadocs.fork=false runs the "
                + "build inside Maven's JVM"));
    }

    private static void drain(InputStream in, Charset charset, boolean standardError, BlockingQueue<Line> lines) {
        Thread drain = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(new Line(standardError, Optional.of(line)));
                }
            } catch (IOException e) {
                // The pipe broke: the child is gone, and its exit status says how it ended.
            } finally {
                lines.add(new Line(standardError, Optional.empty()));
            }
        }, standardError ? "qadocs-fork-stderr" : "qadocs-fork-stdout");
        drain.setDaemon(true);
        drain.start();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A request file left in the temporary folder holds nothing a later build reads.
            }
        }
    }
}
