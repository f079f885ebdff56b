package dev.qadocs.pipeline;

import dev.qadocs.validate.ValidationConfig;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a build needs, independent of how it was asked for (Maven, a test, the preview server).
 *
 * @param source            content folder
 * @param output            site folder; replaced whole, and only on success
 * @param templateDirectory files here override the default theme's files of the same name
 * @param siteName          overrides {@code name} from {@code qadocs.yml} when present
 * @param baseUrl           overrides {@code baseUrl} from {@code qadocs.yml} when present
 * @param validation        rule severities and link-check settings
 * @param questions         overrides {@code questions} from {@code qadocs.yml} when present ({@code heading:3}…)
 */
public record PipelineOptions(Path source, Path output, Optional<Path> templateDirectory, Optional<String> siteName,
                           Optional<String> baseUrl, ValidationConfig validation, Optional<String> questions) {

    public PipelineOptions(Path source, Path output, Optional<Path> templateDirectory, Optional<String> siteName,
                           Optional<String> baseUrl, ValidationConfig validation) {
        this(source, output, templateDirectory, siteName, baseUrl, validation, Optional.empty());
    }

    public static PipelineOptions of(Path source, Path output) {
        return new PipelineOptions(source, output, Optional.empty(), Optional.empty(), Optional.empty(),
                ValidationConfig.defaults());
    }

    public PipelineOptions withTemplateDirectory(Path dir) {
        return new PipelineOptions(source, output, Optional.of(dir), siteName, baseUrl, validation, questions);
    }

    public PipelineOptions withValidation(ValidationConfig config) {
        return new PipelineOptions(source, output, templateDirectory, siteName, baseUrl, config, questions);
    }

    /** How to read questions in pages whose front matter does not say; wins over {@code qadocs.yml}. */
    public PipelineOptions withQuestions(String unit) {
        return new PipelineOptions(source, output, templateDirectory, siteName, baseUrl, validation,
                Optional.of(unit));
    }
}
