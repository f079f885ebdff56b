package dev.qadocs.batch;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a run ended.
 *
 * @param kind    done, failed by the content, or not runnable as asked
 * @param message the one-line summary Maven fails with; empty when done
 */
public record Outcome(Kind kind, String message) {

    /** Each kind has the exit status {@link BatchMain} ends with, so a parent process can tell them apart. */
    public enum Kind {
        /** Built or checked; the previous output replaced, if there was one. */
        DONE(0),
        /** The content does not pass validation (sysexits' EX_DATAERR); the previous output is untouched. */
        FAILED(65),
        /** A setting, a request file or the report does not do (sysexits' EX_CONFIG); nothing was built. */
        INVALID(78);

        private final int exitStatus;

        Kind(int exitStatus) {
            this.exitStatus = exitStatus;
        }

        public int exitStatus() {
            return exitStatus;
        }

        public static Optional<Kind> ofExitStatus(int status) {
            return Arrays.stream(values()).filter(k -> k.exitStatus == status).findFirst();
        }
    }

    public static Outcome done() {
        return new Outcome(Kind.DONE, "");
    }

    public static Outcome failed(String message) {
        return new Outcome(Kind.FAILED, message);
    }

    public static Outcome invalid(String message) {
        return new Outcome(Kind.INVALID, message);
    }
}
