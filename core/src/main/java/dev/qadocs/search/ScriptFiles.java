package dev.qadocs.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qadocs.write.OutputSink;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;

/**
 * Writes index data as small scripts that hand their JSON, deflated and in base64, to
 * {@code __qadocs_search("...")}. Scripts, not JSON files, because browsers refuse {@code fetch()} on
 * {@code file://} but load {@code <script src>} from anywhere; the client tells files apart by the {@code <script>}
 * element that runs them. Deflated because many hosts (object stores, some CDNs) serve files as they are: posting
 * blocks and records shrink to a third and two thirds of their JSON, base64 included, so a first query reads
 * less and the index can be a few larger files rather than thousands of small ones. A host that compresses gains
 * little more on top, and loses nothing. Names carry a hash of the content, so a host may cache them forever and
 * a rebuild that changes nothing changes no name.
 */
final class ScriptFiles {

    static final String FOLDER = "search/";
    /** The one name the client knows in advance; everything else is reached through it. */
    static final String MANIFEST = "index.js";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LEVEL = 6;

    private final OutputSink output;
    private final AtomicLong bytes = new AtomicLong();

    ScriptFiles(OutputSink output) {
        this.output = output;
    }

    /** Writes {@code data} under a content-hashed name starting with {@code kind} and returns that name. */
    String write(String kind, Object data) {
        byte[] content = script(data);
        String name = kind + "." + new ContentHash().add(content).hex() + ".js";
        put(name, content);
        return name;
    }

    /**
     * Writes {@code parts} as {@code kind.<hash>.<n>.js}, one hash over all of them, and returns the hash: for
     * files too many to name one by one in the manifest.
     */
    String writeNumbered(String kind, List<?> parts) {
        // Deflating is most of the cost, and parts are independent: the records and tail packs are the export's end.
        List<byte[]> contents = parts.parallelStream().map(ScriptFiles::script).toList();
        ContentHash all = new ContentHash();
        contents.forEach(all::add);
        String hash = all.hex();
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
        return bytes.get();
    }

    /** What {@code data} weighs written. */
    static int scriptLength(Object data) {
        return script(data).length;
    }

    /**
     * About the length of {@code data} as JSON, for lists, numbers and strings: what a shard adds per term, which
     * only sizes shards. Counted, not written: writing each term's entry once to measure it and again in its
     * shard was a tenth of the export. Exact but for the escapes of strings, which terms and blocks rarely need.
     */
    static int jsonLength(Object data) {
        if (data instanceof String text) {
            return text.length() + 2;
        }
        if (data instanceof List<?> list) {
            int length = Math.max(1, list.size()) + 1;
            for (Object item : list) {
                length += jsonLength(item);
            }
            return length;
        }
        return String.valueOf(data).length();
    }

    /** Sinks take concurrent writes, so the export and the records write their files side by side. */
    private void put(String name, byte[] content) {
        output.write(FOLDER + name, content);
        bytes.addAndGet(content.length);
    }

    private static byte[] script(Object data) {
        byte[] deflated = deflate(json(data).getBytes(StandardCharsets.UTF_8));
        return ("__qadocs_search(\"" + Base64.getEncoder().encodeToString(deflated) + "\")\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Raw deflate (no zlib header: the browser's {@code DecompressionStream('deflate-raw')} reads it). Level
     * {@value #LEVEL}, zlib's default: on the realistic corpus level 9 saved nothing more, and level 1 wrote 5%
     * more bytes to save a fifth of the time, some 50 ms.
     */
    private static byte[] deflate(byte[] json) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("index data is records, lists, maps and strings", e);
        }
    }

    /**
     * 48 bits of two CRCs (CRC-32 and CRC-32C, different polynomials, so together a 64-bit CRC) as 12 hex digits.
     * A name needs no cryptographic hash: it only has to change when the content does and differ between files of
     * one kind, and 48 well-mixed bits make two of even 10,000 shards share one about once in five million sites, as
     * the truncated SHA-256 did. SHA-256 ran as plain Java in the build's C1-only JVM, a sixth of writing the index files;
     * CRC-32 is a CPU instruction there and CRC-32C a short loop. Unlike SHA-256, CRCs can be forced to collide on
     * purpose, which only the site's own author could do, to their own index.
     */
    private static final class ContentHash {
        private final CRC32 crc32 = new CRC32();
        private final CRC32C crc32c = new CRC32C();

        ContentHash add(byte[] content) {
            crc32.update(content);
            crc32c.update(content);
            return this;
        }

        String hex() {
            return HexFormat.of().toHexDigits(crc32.getValue() << 32 | crc32c.getValue()).substring(0, 12);
        }
    }
}
