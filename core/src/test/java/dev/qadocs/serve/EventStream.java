package dev.qadocs.serve;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test's own server-sent-events client: what the live-reload script sees, as {@link PreviewState}s. */
final class EventStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<PreviewState> states = new LinkedBlockingQueue<>();
    private final Stream<String> lines;
    private final Thread reader;

    EventStream(HttpClient client, URI server) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = client.send(
                HttpRequest.newBuilder(server.resolve(ReloadChannel.PATH)).build(), HttpResponse.BodyHandlers.ofLines());
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            throw new IllegalStateException("not an event stream: " + response.headers());
        }
        lines = response.body();
        reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            lines.filter(line -> line.startsWith("data: ")).forEach(line -> states.add(parse(line.substring(6))));
        } catch (UncheckedIOException closedByTheTestOrTheServer) {
            // The stream ends when the test is done with it; next() reports missing events.
        }
    }

    private static PreviewState parse(String json) {
        try {
            return JSON.readValue(json, PreviewState.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PreviewState next() throws InterruptedException {
        PreviewState state = states.poll(20, TimeUnit.SECONDS);
        if (state == null) {
            throw new AssertionError("no event from the preview within 20 s");
        }
        return state;
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
