package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.IsolatedSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Test support: runs the CLI in-process in the repository root and captures stdout, stderr and the
 * exit code, isolated from the user's HF cache, the public Hub and the host's GPU tools (see {@link
 * IsolatedSettings}).
 */
record CliRun(int exitCode, String out, String err) {

  /** Every JSON output is checked against the schema it names. */
  CliRun {
    JsonOutputs.check(out);
  }

  /** The repository root, where examples/ lives (tests run in the module folder). */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static CliRun of(String... args) {
    Path home = temporaryFolder();
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          Cli.run(
              args,
              IsolatedSettings.of(home, ROOT),
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              Terminal.plain());
      return new CliRun(code, out.toString(), err.toString());
    } finally {
      delete(home);
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("modelconfig-cli-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
