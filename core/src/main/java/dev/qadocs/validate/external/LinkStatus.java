package dev.qadocs.validate.external;

/**
 * The verdict on one external URL.
 *
 * @param ok        the URL answered 2xx (after redirects)
 * @param status    the HTTP status, 0 when no response came
 * @param detail    why it is not ok, for the diagnostic
 * @param retryable a 5xx, 429, timeout or connection error: worth retrying, not worth caching
 */
public record LinkStatus(boolean ok, int status, String detail, boolean retryable) {

    static LinkStatus ofHttp(int status) {
        if (status >= 200 && status < 300) {
            return new LinkStatus(true, status, "", false);
        }
        boolean retry = status == 429 || status >= 500;
        String detail = status >= 300 && status < 400
                ? "HTTP " + status + ": a redirect not followed (too many in a row, or from https to http)"
                : "HTTP " + status;
        return new LinkStatus(false, status, detail, retry);
    }

    static LinkStatus failed(String reason) {
        return new LinkStatus(false, 0, reason, true);
    }

    /** Not fetched on purpose (a private address): no finding, and nothing to remember. */
    static LinkStatus skipped(String reason) {
        return new LinkStatus(true, 0, reason, false);
    }

    /** A request that can never succeed as written (a port out of range): definite, so cached. */
    static LinkStatus unfetchable(String reason) {
        return new LinkStatus(false, 0, reason, false);
    }

    boolean wasSkipped() {
        return ok && status == 0;
    }
}
