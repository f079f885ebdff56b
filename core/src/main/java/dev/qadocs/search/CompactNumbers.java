package dev.qadocs.search;

/**
 * Non-negative integers as a string of 5-bit digits, most significant first, in a 64-letter alphabet that needs
 * no escaping in JSON: letters 0–31 end a number, 32–63 say more digits follow. Postings are mostly small
 * numbers (frequency 1, short gaps), so most take one or two characters, far less than JSON arrays would.
 */
final class CompactNumbers {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private final StringBuilder out = new StringBuilder();

    CompactNumbers add(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("only non-negative numbers: " + value);
        }
        int shift = 0;
        while ((value >>> (shift + 5)) != 0) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            out.append(ALPHABET.charAt(32 | ((value >>> shift) & 31)));
        }
        out.append(ALPHABET.charAt(value & 31));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
