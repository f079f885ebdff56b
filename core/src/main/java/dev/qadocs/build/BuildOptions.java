package dev.qadocs.build;

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
 */
public record BuildOptions(Path source, Path output, Optional<Path> templateDirectory, Optional<String> siteName,
                           Optional<String> baseUrl, ValidationConfig validation) {

    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, Optional.empty(), Optional.empty(), Optional.empty(),
                ValidationConfig.defaults());
    }

    public BuildOptions withTemplateDirectory(Path dir) {
        return new BuildOptions(source, output, Optional.of(dir), siteName, baseUrl, validation);
    }

    public BuildOptions withValidation(ValidationConfig config) {
        return new BuildOptions(source, output, templateDirectory, siteName, baseUrl, config);
    }
}
