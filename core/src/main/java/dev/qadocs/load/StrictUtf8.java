package dev.qadocs.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes page bytes as UTF-8 and nothing else. A lenient decoder would silently turn a Latin-1 file into
 * replacement characters on the published site; refusing it with the line of the first bad byte lets the author fix it.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The decoded text with line breaks normalised to {@code \n}, or why the bytes are not a text file. */
    static Decoded decode(byte[] bytes) {
        // The lenient decoder is the JDK's fast path; only a text with a replacement character in it, where a bad
        // byte may have been replaced, is decoded again, strictly, to find out.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            return new Decoded(null, LoadRules.BINARY_FILE.id(), "file contains NUL bytes; it is not a text page",
                    lineOf(bytes, firstNul(bytes)));
        }
        int bad = text.indexOf('\uFFFD') >= 0 ? firstBadByte(bytes) : -1;
        if (bad >= 0) {
            return new Decoded(null, LoadRules.INVALID_UTF8.id(), "file is not valid UTF-8 (first bad byte at offset "
                    + bad + "); save it as UTF-8", lineOf(bytes, bad));
        }
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new Decoded(content.replace("\r\n", "\n").replace('\r', '\n'), "", "", 0);
    }

    /** The offset of the first byte that is not UTF-8, or -1 when a replacement character was written as such. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        return result.isError() ? in.position() : -1;
    }

    private static int firstNul(byte[] bytes) {
        int i = 0;
        while (bytes[i] != 0) {
            i++;
        }
        return i;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Either {@code text}, or a {@code rule} and {@code message} about {@code line}. */
    record Decoded(String text, String rule, String message, int line) {

        boolean ok() {
            return text != null;
        }
    }
}
