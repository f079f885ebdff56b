package dev.qadocs.serve;

import dev.qadocs.pipeline.PipelineOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server, watcher and reload channel, over a stand-in pipeline that copies files. */
class PreviewServerTest extends PreviewTestBase {

    @BeforeEach
    void start() throws IOException {
        source = Files.createDirectories(temp.resolve("content"));
        output = temp.resolve("site");
        Files.writeString(source.resolve("index.html"), "<html><body><h1>Home</h1></body></html>");
        Files.writeString(source.resolve("404.html"), "<html><body>No such page here</body></html>");
        Files.createDirectories(source.resolve("guide"));
        Files.writeString(source.resolve("guide/rag.html"), "<html><body><p>First answer</p></body></html>");
        Files.writeString(source.resolve("guide/style.css"), "p{}");
        Files.writeString(temp.resolve("secret.txt"), "outside the site");
        server = start(0);
    }

    private PreviewServer start(int port) throws IOException {
        ServeOptions options = ServeOptions.of(PipelineOptions.of(source, output)).on("127.0.0.1", port);
        return PreviewServer.start(options, new CopyingRebuilder(source, output), List.of(source), console);
    }

    @Test
    void servesHtmlWithTheReloadTagWhileTheBuiltFileStaysClean() throws Exception {
        HttpResponse<String> page = get("/guide/rag.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("First answer").contains(LiveReloadScript.PATH);
        assertThat(output.resolve("guide/rag.html")).content().doesNotContain("script");
    }

    @Test
    void servesOtherFilesWithTheirTypeAndTheScriptItself() throws Exception {
        assertThat(get("/guide/style.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        HttpResponse<String> script = get(LiveReloadScript.PATH);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("EventSource");
    }

    @Test
    void servesIndexForFoldersAndTheSites404Page() throws Exception {
        assertThat(get("/").body()).contains("<h1>Home</h1>");
        HttpResponse<String> folder = get("/guide");
        assertThat(folder.statusCode()).isEqualTo(302);
        assertThat(folder.headers().firstValue("Location")).hasValue("/guide/");
        HttpResponse<String> missing = get("/guide/nothing.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No such page here");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/guide/%2E%2E/%2e%2e/secret.txt",
            "/..%2fsecret.txt", "/guide/..%5c..%5csecret.txt", "//../secret.txt"})
    void neverServesAFileOutsideTheSite(String rawPath) throws IOException {
        // A raw socket, because HTTP clients tidy dot segments away before sending.
        String response = rawGet(rawPath);

        assertThat(response).matches("(?s)HTTP/1.1 (403|404) .*").doesNotContain("outside the site");
    }

    @Test
    void answersOnlyToLoopbackHostNamesSoARebindingDomainCannotReadDrafts() throws IOException {
        assertThat(rawGet("/index.html", "attacker.example")).startsWith("HTTP/1.1 421 ");
        assertThat(rawGet("/index.html", "localhost:8000")).startsWith("HTTP/1.1 200 ");
        assertThat(rawGet("/index.html", "[::1]:8000")).startsWith("HTTP/1.1 200 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1.attacker.example", "localhost.attacker.example", "127.0.0.1:8000.evil",
            "127.0.0.1:", "[::1].evil", "127.0.0.1:80:80", "1.2.3.4"})
    void aRebindingNameGets421EvenWhenItStartsLikeALoopbackOne(String host) throws IOException {
        assertThat(rawGet("/index.html", host)).startsWith("HTTP/1.1 421 ");
    }

    @Test
    void answersToTheLoopbackLiteralsWithAndWithoutPort() throws IOException {
        int port = server.url().getPort();
        for (String host : List.of("127.0.0.1", "127.0.0.1:" + port, "LOCALHOST", "[::1]", "127.1.2.3:" + port)) {
            assertThat(rawGet("/index.html", host)).as(host).startsWith("HTTP/1.1 200 ");
        }
    }

    @Test
    void shownToTheNetworkItAlsoAnswersToIpLiteralsButStillNotToOtherNames() {
        HostCheck network = new HostCheck("0.0.0.0", false);
        HostCheck loopback = new HostCheck("127.0.0.1", true);

        assertThat(network.accepts("192.168.1.5:8000")).isTrue();
        assertThat(network.accepts("[fe80::1]:8000")).isTrue();
        assertThat(network.accepts("192.168.1.5.attacker.example")).isFalse();
        assertThat(loopback.accepts("192.168.1.5:8000")).isFalse();
        assertThat(new HostCheck("docs.internal", true).accepts("DOCS.internal:8000")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/index.html", ReloadChannel.PATH, LiveReloadScript.PATH})
    void everyPathAnswersOnlyGetAndHead(String path) throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.url().resolve(path))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(server.url().resolve(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
    }

    @Test
    void theEventStreamAnswersOnlyThePreviewsOwnPages() throws Exception {
        int port = server.url().getPort();
        String foreign = rawRequest("GET " + ReloadChannel.PATH + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nOrigin: https://attacker.example\r\nConnection: close\r\n\r\n");
        assertThat(foreign).startsWith("HTTP/1.1 403 ");
        try (Socket own = new Socket("127.0.0.1", port)) {
            own.getOutputStream().write(("GET " + ReloadChannel.PATH + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nOrigin: http://localhost:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(own.getInputStream().readNBytes(15), StandardCharsets.US_ASCII))
                    .isEqualTo("HTTP/1.1 200 OK");
        }
    }

    @Test
    void connectionsThatNeverFinishTheirHeadersDoNotHoldUpOthers() throws Exception {
        List<Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket socket = new Socket("127.0.0.1", server.url().getPort());
                socket.getOutputStream().write("GET /index.html HTTP/1.1\r\nHost: local".getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            HttpResponse<String> page = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(5), () -> get("/index.html"));
            assertThat(page.statusCode()).isEqualTo(200);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        assertThat(System.getProperty("sun.net.httpserver.maxReqTime")).isNotNull();
    }

    @Test
    void anEditReloadsBrowsersWithTheNewContent() throws Exception {
        try (EventStream events = events()) {
            PreviewState before = events.next();
            assertThat(get("/guide/rag.html").body()).contains("data-generation=\"" + before.generation() + "\"");

            Files.writeString(source.resolve("guide/rag.html"), "<html><body><p>Second answer</p></body></html>");

            PreviewState after = events.next();
            assertThat(after.generation()).isNotEqualTo(before.generation());
            assertThat(after.problems()).isEmpty();
            assertThat(get("/guide/rag.html").body()).contains("Second answer")
                    .contains("data-generation=\"" + after.generation() + "\"");
        }
    }

    @Test
    void aBrokenEditShowsItsDiagnosticsAndKeepsTheLastGoodPages() throws Exception {
        try (EventStream events = events()) {
            PreviewState before = events.next();

            Files.writeString(source.resolve("guide/rag.html"), "<p>BROKEN</p>");

            PreviewState broken = events.next();
            assertThat(broken.generation()).isEqualTo(before.generation());
            assertThat(broken.problems()).containsExactly("guide/rag.html:1:1: error: this page is <b>broken</b> [broken]");
            assertThat(get("/guide/rag.html").body()).contains("First answer");
            assertThat(console.lines).anyMatch(line -> line.startsWith("error: guide/rag.html:1:1"))
                    .anyMatch(line -> line.contains("still serving the last good pages"));

            Files.writeString(source.resolve("guide/rag.html"), "<p>Fixed</p>");

            PreviewState fixed = events.next();
            assertThat(fixed.generation()).isNotEqualTo(before.generation());
            assertThat(fixed.problems()).isEmpty();
            assertThat(get("/guide/rag.html").body()).contains("Fixed");
        }
    }

    @Test
    void seesFilesInFoldersCreatedWhileRunning() throws Exception {
        try (EventStream events = events()) {
            events.next();
            Path fresh = Files.createDirectories(source.resolve("new/deeper"));
            Files.writeString(fresh.resolve("page.html"), "<p>Fresh page</p>");

            assertThat(awaitPage("/new/deeper/page.html", events)).contains("Fresh page");
        }
    }

    @Test
    void aTakenPortIsNamedInTheMessage() {
        int taken = server.url().getPort();

        assertThatThrownBy(() -> start(taken))
                .isInstanceOf(PortInUseException.class)
                .hasMessageContaining("port " + taken + " on 127.0.0.1 is already in use");
    }

    @Test
    void closeStopsServing() throws Exception {
        URI url = server.url();
        server.close();

        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    /** Folder creation and the file inside may arrive as one batch or two: wait for the page, not for one event. */
    private String awaitPage(String path, EventStream events) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> page = get(path);
            if (page.statusCode() == 200) {
                return page.body();
            }
            events.next();
        }
        return get(path).body();
    }


    private String rawGet(String rawPath) throws IOException {
        return rawGet(rawPath, "localhost");
    }

    private String rawGet(String rawPath, String host) throws IOException {
        return rawRequest("GET " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.url().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
