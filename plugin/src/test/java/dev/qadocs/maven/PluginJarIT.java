package dev.qadocs.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.qadocs.maven.PluginDescriptor.children;
import static dev.qadocs.maven.PluginDescriptor.text;
import static org.assertj.core.api.Assertions.assertThat;

/** What the built jar tells the tools around Maven: Eclipse's m2e, and the parameter docs of every goal. */
class PluginJarIT {

    private static final String M2E = "META-INF/m2e/lifecycle-mapping-metadata.xml";

    /** Goal to its m2e action: "execute" with its two flags, or "ignore". */
    private static Map<String, String> m2eActions() throws IOException {
        Map<String, String> actions = new HashMap<>();
        Element root = PluginDescriptor.xml(M2E).getDocumentElement();
        for (Element execution : children(root, "pluginExecutions", "pluginExecution")) {
            Element action = children(execution, "action").get(0);
            String verdict = children(action, "ignore").isEmpty()
                    ? "execute onConfiguration=" + text(children(action, "execute").get(0), "runOnConfiguration")
                    + " onIncremental=" + text(children(action, "execute").get(0), "runOnIncremental")
                    : "ignore";
            for (Element goal : children(execution, "pluginExecutionFilter", "goals", "goal")) {
                assertThat(actions.put(goal.getTextContent().strip(), verdict)).as("goal mapped twice").isNull();
            }
        }
        return actions;
    }

    @Test
    void m2eRunsTheBuildingGoalsOnImportAndNeverTheServerOrTheCheck() throws IOException {
        Map<String, String> actions = m2eActions();

        assertThat(actions).containsEntry("build", "execute onConfiguration=true onIncremental=false")
                .containsEntry("site", "execute onConfiguration=true onIncremental=false")
                .containsEntry("check", "ignore")
                .containsEntry("serve", "ignore");
    }

    @Test
    void m2eMapsEveryGoalAPomCanBindAndNoOther() throws IOException {
        List<String> bindable = new ArrayList<>(PluginDescriptor.goals());
        bindable.remove("help");

        assertThat(m2eActions().keySet()).containsExactlyInAnyOrderElementsOf(bindable);
    }

    /**
     * The goals reference and {@code qadocs:help -Ddetail} print these; an empty or missing one is a gap there. The
     * {@code help} goal is maven-plugin-plugin's, with its own conventions.
     */
    @Test
    void everyParameterHasADescriptionAndAUserPropertyUnlessItIsAMap() throws IOException {
        List<PluginDescriptor.Parameter> parameters = PluginDescriptor.parameters().stream()
                .filter(p -> !p.goal().equals("help")).toList();

        assertThat(parameters).extracting(PluginDescriptor.Parameter::goal).containsAll(Set.of("build", "check", "site", "serve"));
        assertThat(parameters).allSatisfy(p -> {
            assertThat(p.description()).as(p.goal() + " " + p.name()).matches("\\S+(\\s+\\S+){3,}.*");
            if (!p.type().startsWith("java.util.Map")) {
                assertThat(p.property()).as(p.goal() + " " + p.name() + " user property").get()
                        .asString().startsWith("qadocs.");
            }
        });
    }
}
