package dev.qadocs.serve;

import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.pipeline.StageTimes;
import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.SourcePosition;
import dev.qadocs.write.LiveOutput;
import dev.qadocs.write.OutputSink;
import dev.qadocs.write.StagedOutput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A stand-in for the pipeline that publishes source files as they are, and fails on any file containing
 * {@code BROKEN}: enough to test serving, watching and reloading apart from the real stages.
 */
final class CopyingRebuilder implements Rebuilder {

    private final Path source;
    private final Path output;

    CopyingRebuilder(Path source, Path output) {
        this.source = source;
        this.output = output;
    }

    @Override
    public Rebuild buildAll() throws PipelineFailedException, IOException {
        List<String> files = check();
        try (StagedOutput staged = StagedOutput.open(output)) {
            copy(files, staged);
            staged.commit();
        }
        return new Rebuild(files, true, true, Duration.ZERO, List.of());
    }

    @Override
    public Rebuild update(Set<Path> changed) throws PipelineFailedException, IOException {
        List<String> files = check();
        copy(files, LiveOutput.open(output));
        return new Rebuild(files, false, true, Duration.ZERO, List.of());
    }

    @Override
    public Optional<Duration> catchUp() {
        return Optional.empty();
    }

    private List<String> check() throws IOException, PipelineFailedException {
        List<String> files;
        try (Stream<Path> all = Files.walk(source)) {
            files = all.filter(Files::isRegularFile).map(p -> source.relativize(p).toString()).sorted().toList();
        }
        for (String file : files) {
            if (Files.readString(source.resolve(file)).contains("BROKEN")) {
                throw new PipelineFailedException("1 error, 0 warnings in " + files.size() + " pages",
                        List.of(Diagnostic.error(SourcePosition.of(file, 1), "broken", "this page is <b>broken</b>")),
                        new StageTimes(Duration.ZERO, Map.of()));
            }
        }
        return files;
    }

    private void copy(List<String> files, OutputSink sink) throws IOException {
        for (String file : files) {
            sink.write(file, Files.readAllBytes(source.resolve(file)));
        }
    }
}
