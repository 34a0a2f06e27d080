package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.app.IsolatedSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test support: runs the CLI in a child JVM with the launcher's memory options (the 128 MiB heap of
 * {@code ./modelconfig}), isolated like {@link CliRun}, so a test sees what a user of the launcher
 * would: the exit code and the messages, or an OutOfMemoryError.
 */
final class LauncherJvm {

  /** The options of {@code ./modelconfig} that bound its memory and threads. */
  static final List<String> LAUNCHER_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xss512k",
          "-Xmx128m",
          "-XX:MaxMetaspaceSize=64m",
          "-XX:ReservedCodeCacheSize=32m");

  private LauncherJvm() {}

  static CliRun run(Path home, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(LAUNCHER_OPTIONS);
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add("io.github.modelconfig.app.Main");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().clear();
    pb.environment().putAll(IsolatedSettings.environment(home));
    Path err = Files.createTempFile(home, "stderr", ".txt");
    pb.redirectError(err.toFile());
    Process process = pb.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in 120 s").isTrue();
    return new CliRun(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
