package dev.qadocs.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** What tests of a running preview share: a content folder, a server to start, an HTTP client to ask it. */
abstract class PreviewTestBase {

    @TempDir
    Path temp;
    Path source;
    Path output;
    final RecordingConsole console = new RecordingConsole();
    final HttpClient http = HttpClient.newHttpClient();
    PreviewServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    EventStream events() throws IOException, InterruptedException {
        return new EventStream(http, server.url());
    }
}
