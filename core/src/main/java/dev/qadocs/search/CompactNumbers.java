package dev.qadocs.search;

/**
 * Non-negative integers as strings of the 92 printable ASCII letters that JSON never escapes (all but space,
 * {@code "} and {@code \}): a number is written most significant first, as digits of base {@link #MORE}, each a
 * letter that says more follow, then one last digit of base {@link #ENDS}, a letter that ends it. Postings are
 * mostly small numbers (frequency 1, short gaps), so most take one or two letters, far less than JSON arrays
 * would. Two bases rather than one: 64 ending letters keep every number below 64 one letter long, and 28
 * continuing ones make two letters reach 1,792 (five-bit digits, 32 and 32, reached 1,024), which cut the
 * postings of the realistic corpus by a fifth.
 */
final class CompactNumbers {

    /** The ending letters first (values 0–63), then the continuing ones; search-engine.js has the same string. */
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
            + "!#$%&'()*+,./:;<=>?@[]^`{|}~";
    static final int ENDS = 64;
    static final int MORE = 28;

    private final StringBuilder out = new StringBuilder();

    CompactNumbers add(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("only non-negative numbers: " + value);
        }
        int rest = value / ENDS;
        int start = out.length();
        out.append(ALPHABET.charAt(value % ENDS));
        while (rest > 0) {
            out.insert(start, ALPHABET.charAt(ENDS + rest % MORE));
            rest /= MORE;
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
