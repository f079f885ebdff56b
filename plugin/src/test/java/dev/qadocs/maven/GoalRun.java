package dev.qadocs.maven;

import java.util.List;

import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What one execution of a batch goal logged and how it ended, for comparing a forked run with one inside Maven's
 * JVM: times masked, debug lines (the forked JVM's report on itself) left out.
 */
record GoalRun(List<String> lines, Throwable failure) {

    static GoalRun of(AbstractBatchMojo mojo, boolean fork) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.fork = fork;
        Throwable failure = catchThrowable(mojo::execute);
        return new GoalRun(log.lines().stream().filter(line -> !line.startsWith("debug: "))
                .map(line -> line.replaceAll("\\d+ ms", "N ms")).toList(), failure);
    }

    /** The line the forked JVM reports its options and heap on, at debug. */
    static String forkedJvmLine(AbstractBatchMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        List<String> lines = log.lines().stream().filter(line -> line.startsWith("debug: qadocs: build JVM ")).toList();
        if (lines.size() != 1) {
            throw new AssertionError("not one line on the forked JVM in " + log.lines());
        }
        return lines.get(0);
    }
}
