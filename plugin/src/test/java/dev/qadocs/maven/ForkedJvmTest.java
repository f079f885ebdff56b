package dev.qadocs.maven;

import dev.qadocs.batch.BatchMain;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The forked JVM's command line: Maven's heap limit, the batch-job flags or the user's, the plugin's classpath. */
class ForkedJvmTest {

    private static final Path JAVA = Path.of("/opt/jdk/bin/java");
    private static final List<Path> CLASSPATH = List.of(Path.of("/repo/my jars/core.jar"), Path.of("/repo/lucene.jar"));

    @Test
    void theChildGetsMavensHeapThenTheBatchFlagsThenTheEntryPointAndItsRequest() {
        ForkedJvm jvm = new ForkedJvm(JAVA, ForkedJvm.inherited(512L * 1024 * 1024, new Properties()),
                ForkedJvm.defaultJvmArgs(512L * 1024 * 1024), CLASSPATH);

        assertThat(jvm.command(Path.of("/tmp/request 1.properties"), 4242)).containsExactly(JAVA.toString(),
                "-Xmx536870912", "-XX:TieredStopAtLevel=1", "-XX:+UseG1GC", "-XX:GCTimeRatio=1",
                "-cp", "/repo/my jars/core.jar" + File.pathSeparator + "/repo/lucene.jar",
                BatchMain.class.getName(), "--parent", "4242", "/tmp/request 1.properties");
    }

    @Test
    void aTightHeapGetsG1WhoseOldGenerationIsNotFixedAndARoomyOneTheSmallerSerialCollector() {
        assertThat(ForkedJvm.defaultJvmArgs(512L << 20)).contains("-XX:+UseG1GC").doesNotContain("-XX:+UseSerialGC");
        assertThat(ForkedJvm.defaultJvmArgs(ForkedJvm.SERIAL_FROM_HEAP - 1)).contains("-XX:+UseG1GC");
        assertThat(ForkedJvm.defaultJvmArgs(ForkedJvm.SERIAL_FROM_HEAP)).contains("-XX:+UseSerialGC")
                .doesNotContain("-XX:+UseG1GC", "-XX:GCTimeRatio=1");
        assertThat(ForkedJvm.defaultJvmArgs(Long.MAX_VALUE)).contains("-XX:+UseG1GC");
        assertThat(ForkedJvm.defaultJvmArgs(8L << 30)).first().isEqualTo("-XX:TieredStopAtLevel=1");
    }

    @Test
    void jvmArgsReplaceTheDefaultsAndComeAfterTheInheritedHeapSoTheirOwnHeapWins() {
        ForkedJvm jvm = new ForkedJvm(JAVA, ForkedJvm.inherited(1L << 30, new Properties()),
                List.of("-Xmx2g", "-XX:+UseSerialGC"), CLASSPATH);

        List<String> command = jvm.command(Path.of("r.properties"), 1);

        assertThat(command).containsSubsequence("-Xmx1073741824", "-Xmx2g", "-XX:+UseSerialGC", "-cp")
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseG1GC");
    }

    @Test
    void aJvmWithoutAHeapLimitPassesNone() {
        assertThat(ForkedJvm.inherited(Long.MAX_VALUE, new Properties())).isEmpty();
    }

    @Test
    void proxySettingsCarryOverSoTheLinkCheckGoesThroughTheSameProxy() {
        Properties maven = new Properties();
        maven.setProperty("https.proxyHost", "proxy.corp");
        maven.setProperty("https.proxyPort", "3128");
        maven.setProperty("user.name", "someone");

        assertThat(ForkedJvm.inherited(Long.MAX_VALUE, maven))
                .containsExactly("-Dhttps.proxyHost=proxy.corp", "-Dhttps.proxyPort=3128");
    }

    @Test
    void inMavenTheClasspathIsThePluginRealmsUrls() throws Exception {
        Path jar = Path.of("/repo/with space/qadocs-core.jar");
        try (URLClassLoader realm = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(ForkedJvm.classpath(realm)).containsExactly(jar);
        }
    }

    @Test
    void elsewhereItIsTheApplicationClasspath() throws Exception {
        assertThat(ForkedJvm.classpath(ClassLoader.getSystemClassLoader())).map(Path::toString)
                .containsExactly(System.getProperty("java.class.path").split(File.pathSeparator));
    }
}
