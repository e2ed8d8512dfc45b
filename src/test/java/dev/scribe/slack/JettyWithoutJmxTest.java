package dev.scribe.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Building the HTTP server does not start the JVM's platform MBean server (Jetty would, to learn
 * the size of a reference: some 200 classes at every start). Checked in a fresh JVM, since this
 * test's own JVM may have started JMX for its own reasons, by the classes that JVM loads.
 */
class JettyWithoutJmxTest {

  /** The fresh JVM's program: builds the server's classes, prints Jetty's setting. */
  public static final class BuildServer {
    public static void main(String[] args) {
      SlackHttpServer.loadClasses();
      System.out.println(
          "setting=" + System.getProperty(SlackHttpServer.REFERENCES_PER_CACHE_LINE));
    }
  }

  @Test
  void buildingTheServerLeavesJmxAloneAndTellsJettyTheReferenceSize() throws Exception {
    List<String> out = runBuildServer();

    assertThat(out).anyMatch(line -> line.contains("org.eclipse.jetty.util.MemoryUtils "));
    assertThat(out).noneMatch(line -> line.contains("com.sun.jmx.mbeanserver.JmxMBeanServer "));
    assertThat(out).contains("setting=16"); // 64-byte lines of 4-byte (compressed) references
  }

  @Test
  void anOperatorsOwnSettingWins() throws Exception {
    List<String> out = runBuildServer("-D" + SlackHttpServer.REFERENCES_PER_CACHE_LINE + "=8");

    assertThat(out).contains("setting=8");
  }

  private static List<String> runBuildServer(String... jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xlog:class+load=info");
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(BuildServer.class.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output.lines().toList();
  }
}
