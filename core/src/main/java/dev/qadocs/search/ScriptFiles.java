package dev.qadocs.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qadocs.write.OutputSink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes index data as small scripts that hand their JSON to {@code __qadocs_search(...)}. Scripts, not JSON
 * files, because browsers refuse {@code fetch()} on {@code file://} but load {@code <script src>} from anywhere;
 * the client tells files apart by the {@code <script>} element that runs them. Names carry a hash of the content,
 * so a host may cache them forever and a rebuild that changes nothing changes no name.
 */
final class ScriptFiles {

    static final String FOLDER = "search/";
    /** The one name the client knows in advance; everything else is reached through it. */
    static final String MANIFEST = "index.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutputSink output;
    private long bytes;

    ScriptFiles(OutputSink output) {
        this.output = output;
    }

    /** Writes {@code data} under a content-hashed name starting with {@code kind} and returns that name. */
    String write(String kind, Object data) {
        byte[] content = script(data);
        String name = kind + "." + HexFormat.of().formatHex(sha256().digest(content), 0, 6) + ".js";
        put(name, content);
        return name;
    }

    /**
     * Writes {@code parts} as {@code kind.<hash>.<n>.js}, one hash over all of them, and returns the hash: for
     * files too many to name one by one in the manifest.
     */
    String writeNumbered(String kind, List<?> parts) {
        List<byte[]> contents = parts.stream().map(ScriptFiles::script).toList();
        MessageDigest digest = sha256();
        contents.forEach(digest::update);
        String hash = HexFormat.of().formatHex(digest.digest(), 0, 6);
        for (int i = 0; i < contents.size(); i++) {
            put(kind + "." + hash + "." + i + ".js", contents.get(i));
        }
        return hash;
    }

    void writeManifest(SearchManifest manifest) {
        put(MANIFEST, script(manifest));
    }

    /** Bytes written so far: what the whole index weighs. */
    long bytes() {
        return bytes;
    }

    static int jsonLength(Object data) {
        return json(data).length();
    }

    private synchronized void put(String name, byte[] content) {
        output.write(FOLDER + name, content);
        bytes += content.length;
    }

    private static byte[] script(Object data) {
        return ("__qadocs_search(" + json(data) + ")\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("index data is records, lists, maps and strings", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
