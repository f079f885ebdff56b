package dev.qadocs.maven;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The goals reference the build renders with maven-plugin-report-plugin (the module's site, made at package): a
 * page per goal of the built descriptor, listing every parameter with its user property and default.
 */
class GoalsReferenceIT {

    private static final Path SITE = Path.of(System.getProperty("qadocs.siteDirectory"));

    @Test
    void theOverviewLinksEveryGoalToItsPage() throws IOException {
        Document overview = Jsoup.parse(SITE.resolve("plugin-info.html").toFile());

        for (String goal : PluginDescriptor.goals()) {
            assertThat(overview.select("a[href$=/" + goal + "-mojo.html]")).as(goal).isNotEmpty();
            assertThat(SITE.resolve(goal + "-mojo.html")).as(goal).isRegularFile();
        }
    }

    @Test
    void everyGoalPageListsItsParametersWithPropertyAndDefault() throws IOException {
        List<PluginDescriptor.Parameter> parameters = PluginDescriptor.parameters();
        assertThat(parameters).isNotEmpty();

        for (PluginDescriptor.Parameter p : parameters) {
            String page = Jsoup.parse(SITE.resolve(p.goal() + "-mojo.html").toFile()).text();
            String where = p.goal() + "-mojo.html, " + p.name();
            assertThat(page).as(where).contains("<" + p.name() + ">");
            p.property().ifPresent(property -> assertThat(page).as(where).contains("User Property: " + property));
            p.defaultValue().ifPresent(value -> assertThat(page).as(where).contains("Default: " + value));
        }
    }
}
