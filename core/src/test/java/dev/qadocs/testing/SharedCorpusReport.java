package dev.qadocs.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.opentest4j.TestAbortedException;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Says once, after the run, how many tests were skipped for a missing {@code ../shared} corpus and why. Surefire
 * counts skipped tests without their reasons, and a test class skipped in {@code @BeforeAll} is not counted at
 * all, so without this a clone without the corpus would pass in silence. Registered through
 * {@code META-INF/services}, so every module that runs these helpers (core, and the plugin by its test-jar) says it.
 */
public final class SharedCorpusReport implements TestExecutionListener {

    private final PrintStream out;
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicReference<String> reason = new AtomicReference<>();

    /** The one {@code META-INF/services} creates: says it on standard error, where Surefire shows it. */
    public SharedCorpusReport() {
        this(System.err);
    }

    SharedCorpusReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        result.getThrowable()
                .filter(t -> t instanceof TestAbortedException && t.getMessage().startsWith(Corpus.MISSING))
                .ifPresent(t -> {
                    skipped.incrementAndGet();
                    reason.set(t.getMessage());
                });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (reason.get() != null) {
            out.println("[WARNING] qadocs tests: " + skipped.get() + " skipped (tests or whole test classes), because "
                    + reason.get());
        }
    }
}
