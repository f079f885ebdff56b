package dev.qadocs.maven;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mvn qadocs:serve} in a real, forked Maven, the way an author runs it: batch mode, standard input
 * closed, no pom, stopped with Ctrl-C (SIGINT). Uses the plugin maven-invoker-plugin installed into
 * target/local-repo.
 */
class ServeIT {

    @TempDir
    Path work;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private Process maven;

    @BeforeEach
    void content() throws IOException {
        Path content = Files.createDirectories(work.resolve("content"));
        Files.writeString(content.resolve("basics.md"), """
                ---
                title: Preview basics
                ---

                ## Serving

                ### 1. What does the preview serve?

                **Answer:** The built site, reloaded in the browser after every save.
                """);
        Files.writeString(work.resolve("settings.xml"), Files.readString(Path.of("src/it/settings.xml"))
                .replace("@localRepositoryUrl@", Path.of(System.getProperty("qadocs.userRepository")).toUri().toString()));
    }

    @AfterEach
    void stop() {
        if (maven != null) {
            maven.destroyForcibly();
        }
    }

    @Test
    void servesUntilCtrlCWithStdinClosed() throws Exception {
        int port = freePort();
        start(port);

        String url = awaitLine("qadocs: serving ").replaceAll(".*serving (\\S+) .*", "$1");
        assertThat(url).isEqualTo("http://127.0.0.1:" + port + "/");
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "basics.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("What does the preview serve?").contains("/__qadocs/live-reload.js");

        new ProcessBuilder("kill", "-INT", Long.toString(maven.pid())).start().waitFor();

        assertThat(maven.waitFor(60, TimeUnit.SECONDS)).as("Maven stops after Ctrl-C").isTrue();
        assertThat(log).anyMatch(line -> line.contains("qadocs: preview stopped"))
                .noneMatch(line -> line.contains("Exception"));
    }

    @Test
    void aTakenPortFailsTheGoalWithAMessageNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            start(taken.getLocalPort());

            assertThat(maven.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(maven.exitValue()).isNotZero();
            assertThat(log).anyMatch(line -> line.contains("port " + taken.getLocalPort()
                    + " on 127.0.0.1 is already in use"));
        }
    }

    private void start(int port) throws IOException {
        Path mvn = Path.of(System.getProperty("qadocs.mavenHome"), "bin", "mvn");
        maven = new ProcessBuilder(mvn.toString(), "-B", "-s", "settings.xml",
                "-Dmaven.repo.local=" + System.getProperty("qadocs.localRepository"),
                "dev.qadocs:qadocs-maven-plugin:" + System.getProperty("qadocs.pluginVersion") + ":serve",
                "-Dqadocs.source=content", "-Dqadocs.output=site", "-Dqadocs.port=" + port)
                .directory(work.toFile()).redirectErrorStream(true).start();
        maven.getOutputStream().close();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(log::add);
            } catch (IOException e) {
                log.add("reader: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    private String awaitLine(String text) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            for (String line : log) {
                if (line.contains(text)) {
                    return line;
                }
            }
            if (!maven.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Maven never logged '" + text + "':\n" + String.join("\n", log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
