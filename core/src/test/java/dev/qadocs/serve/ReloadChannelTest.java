package dev.qadocs.serve;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A tab that stops reading costs its own connection, never the reload of the others. */
class ReloadChannelTest {

    private final ReloadChannel channel = new ReloadChannel(new PreviewState("g0", List.of()), Duration.ofSeconds(1));
    private HttpServer http;

    @BeforeEach
    void start() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext(ReloadChannel.PATH, channel);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
    }

    @AfterEach
    void stop() {
        channel.close();
        http.stop(0);
    }

    @Test
    void aClientThatStopsReadingNeitherDelaysAReloadNorStaysConnected() throws Exception {
        URI server = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(1024);
            stalled.connect(http.getAddress());
            stalled.getOutputStream().write(("GET " + ReloadChannel.PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try (EventStream reading = new EventStream(HttpClient.newHttpClient(), server)) {
                assertThat(reading.next().generation()).isEqualTo("g0");
                awaitClients(2);
                // Megabyte states fill the stalled socket's buffers after a few; a blocking send would hang here.
                List<String> big = List.of("x".repeat(1 << 20));
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    for (int i = 1; i <= 16; i++) {
                        channel.publish(new PreviewState("g" + i, i == 16 ? List.of() : big));
                    }
                });
                String last = "";
                for (int i = 1; i <= 16 && !last.equals("g16"); i++) {
                    last = reading.next().generation();
                }
                assertThat(last).isEqualTo("g16");
                // Still stuck in its write past the stall limit: the next event drops it, without waiting on it.
                Thread.sleep(1500);
                assertTimeoutPreemptively(Duration.ofSeconds(2), () -> channel.publish(new PreviewState("g41", List.of())));
                assertThat(reading.next().generation()).isEqualTo("g41");
                awaitClients(1);
            }
        }
    }

    private void awaitClients(int count) throws InterruptedException {
        for (int i = 0; i < 200 && channel.clientCount() != count; i++) {
            Thread.sleep(50);
        }
        assertThat(channel.clientCount()).isEqualTo(count);
    }
}
