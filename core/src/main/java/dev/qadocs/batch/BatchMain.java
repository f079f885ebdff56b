package dev.qadocs.batch;

import dev.qadocs.batch.Console.Level;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code build} or {@code check} as a program of its own, no Maven needed:
 * {@code java -cp CORE_AND_ITS_DEPENDENCIES dev.qadocs.batch.BatchMain [--parent PID] REQUEST_FILE}, the request
 * written by {@link RequestFile}. It prints {@link ConsoleProtocol} lines on standard output and ends with its
 * {@link Outcome.Kind}'s exit status. The Maven goals start it in a JVM tuned for a short batch job.
 *
 * <p>With {@code --parent PID} it stops as soon as that process is gone, so a Maven killed outright leaves no
 * build running on behind it.
 */
public final class BatchMain {

    /** The status of a run stopped because its parent went away: 128 + SIGTERM, as if it had been terminated. */
    static final int ORPHANED = 143;

    private BatchMain() {
    }

    public static void main(String[] args) {
        // Standard output carries the protocol alone: whatever else prints goes to standard error.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        List<String> arguments = List.of(args);
        boolean withParent = arguments.size() == 3 && arguments.get(0).equals("--parent")
                && arguments.get(1).matches("\\d{1,18}");
        if (!withParent && arguments.size() != 1) {
            System.err.println("usage: java dev.qadocs.batch.BatchMain [--parent PID] REQUEST_FILE");
            System.exit(Outcome.Kind.INVALID.exitStatus());
        }
        if (withParent) {
            exitWithParent(Long.parseLong(arguments.get(1)));
        }
        Console console = ConsoleProtocol.writer(protocol);
        console.print(Level.DEBUG, "qadocs: build JVM " + System.getProperty("java.home") + " "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        Outcome outcome = run(Path.of(arguments.get(arguments.size() - 1)), console);
        ConsoleProtocol.write(outcome, protocol);
        System.exit(outcome.kind().exitStatus());
    }

    private static Outcome run(Path requestFile, Console console) {
        try {
            return BatchJob.run(RequestFile.read(requestFile), console);
        } catch (IOException e) {
            return Outcome.invalid("qadocs: cannot read the request file " + requestFile + ": " + e.getMessage());
        } catch (BatchRequest.InvalidException e) {
            return Outcome.invalid(e.getMessage());
        }
    }

    private static void exitWithParent(long pid) {
        ProcessHandle.of(pid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(BatchMain::orphaned), BatchMain::orphaned);
    }

    private static void orphaned() {
        Runtime.getRuntime().halt(ORPHANED);
    }
}
