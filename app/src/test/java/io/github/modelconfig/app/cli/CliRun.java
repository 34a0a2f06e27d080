package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Test support: runs the CLI in-process and captures stdout, stderr and the exit code. */
record CliRun(int exitCode, String out, String err) {

  /** The repository root, where examples/ lives (tests run in the module folder). */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            args,
            AppSettings.from(Map.of(), ROOT),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Terminal.plain());
    return new CliRun(code, out.toString(), err.toString());
  }
}
