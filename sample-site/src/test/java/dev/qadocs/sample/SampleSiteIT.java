package dev.qadocs.sample;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor of the built sample site gets: the whole guide, every section kind, and llms.txt listing it; and
 * what {@code mvn site} publishes: maven-site-plugin's pages with a menu entry leading to the same Q&amp;A site.
 */
class SampleSiteIT {

    private static final Path SITE = Path.of(System.getProperty("qadocs.site", "target/qadocs"));
    private static final Path MAVEN_SITE = Path.of(System.getProperty("qadocs.mavenSite", "target/site"));
    private static final List<Document> PAGES = new ArrayList<>();

    @BeforeAll
    static void readPages() throws IOException {
        Document home = Jsoup.parse(SITE.resolve("index.html").toFile());
        try (Stream<Path> files = Files.list(SITE)) {
            for (Path page : files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.html")).sorted().toList()) {
                PAGES.add(Jsoup.parse(page.toFile()));
            }
        }
        assertThat(home.title()).contains("LLM");
    }

    @Test
    void hasFiveCategoriesOfTenQuestionsNumberedOneToFifty() {
        assertThat(PAGES).hasSize(5);
        List<Integer> numbers = new ArrayList<>();
        for (Document page : PAGES) {
            assertThat(page.select("main h2")).hasSize(1);
            for (Element question : page.select("details.qd-question:not(.qd-passage)")) {
                Matcher m = Pattern.compile("^(\\d+)\\.").matcher(question.selectFirst("summary").text());
                assertThat(m.find()).as(question.id()).isTrue();
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
    }

    @Test
    void everyQuestionHasAnAnswerAndEverySectionKindAppearsManyTimes() {
        for (Document page : PAGES) {
            for (Element question : page.select("details.qd-question:not(.qd-passage)")) {
                assertThat(question.select(".qd-answer")).as(question.id()).isNotEmpty();
            }
        }
        for (String kind : List.of("answer", "what-is-tested", "red-flag", "follow-ups", "weak-vs-strong",
                "follow-up-chain", "answer-template", "real-world-example", "glossary-term", "quick-fire",
                "further-reading", "callout")) {
            long count = PAGES.stream().mapToLong(p -> p.select(".qd-section.qd-" + kind).size()).sum();
            assertThat(count).as(kind).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void quickFirePairsAndFurtherReadingAreAmple() {
        long pairs = PAGES.stream().mapToLong(p -> p.select(".qd-quick-fire dt").size()).sum();
        long references = PAGES.stream().mapToLong(p -> p.select(".qd-further-reading a[href^=http]").size()).sum();
        assertThat(pairs).isGreaterThanOrEqualTo(60);
        assertThat(references).isGreaterThanOrEqualTo(30);
    }

    @Test
    void questionsLinkToEachOtherAndEveryInternalLinkLandsOnAQuestion() {
        int internal = 0;
        for (Document page : PAGES) {
            for (Element link : page.select("main a[href*=#]")) {
                String href = link.attr("href");
                if (href.startsWith("http")) {
                    continue;
                }
                String file = href.substring(0, href.indexOf('#'));
                String id = href.substring(href.indexOf('#') + 1);
                Document target = file.isEmpty() ? page : PAGES.stream()
                        .filter(p -> p.location().endsWith("/" + file)).findFirst().orElseThrow();
                assertThat(target.getElementById(id)).as(href).isNotNull();
                internal++;
            }
        }
        assertThat(internal).isGreaterThanOrEqualTo(10);
    }

    @Test
    void llmsTxtListsEveryPageAndDeepLinksEveryQuestion() throws IOException {
        String llms = Files.readString(SITE.resolve("llms.txt"));
        assertThat(llms).startsWith("# LLM");
        long deepLinks = llms.lines().filter(l -> l.matches("\\s*- \\[.+]\\(.+\\.html#.+\\).*")).count();
        assertThat(deepLinks).isEqualTo(50);
        assertThat(SITE.resolve("llms-full.txt")).isNotEmptyFile();
        assertThat(SITE.resolve("03-training.md")).content().contains("How does LoRA work?");
    }

    @Test
    void theMavenSiteMenuLeadsToTheQaSite() throws IOException {
        Document home = Jsoup.parse(MAVEN_SITE.resolve("index.html").toFile());

        Element entry = home.selectFirst("a:containsOwn(Questions and answers)");
        assertThat(entry).as("menu entry in " + MAVEN_SITE.resolve("index.html")).isNotNull();
        Path target = MAVEN_SITE.resolve(entry.attr("href")).normalize();
        assertThat(target).isEqualTo(MAVEN_SITE.resolve("qadocs/index.html").normalize());
        assertThat(Jsoup.parse(target.toFile()).title()).contains("LLM");
    }

    @Test
    void theQaSiteInTheMavenSiteIsTheSiteTheBuildGoalWrites() throws IOException {
        Path inMavenSite = MAVEN_SITE.resolve("qadocs");
        List<Path> files = files(SITE);

        assertThat(files(inMavenSite)).containsExactlyElementsOf(files);
        for (Path file : files) {
            assertThat(Files.mismatch(SITE.resolve(file), inMavenSite.resolve(file))).as(file.toString()).isEqualTo(-1);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
