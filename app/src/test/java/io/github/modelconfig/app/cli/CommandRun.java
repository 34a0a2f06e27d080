package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * Test support: runs one command (its model built in code, or the annotated object) with the CLI's
 * failure handling, and captures stdout, stderr and the exit code.
 */
record CommandRun(int exitCode, String out, String err) {

  /** Every JSON output is checked against the schema it names. */
  CommandRun {
    JsonOutputs.check(out);
  }

  static CommandRun of(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.commandLine(
                command,
                CommandLine.defaultFactory(),
                List.of(),
                new PrintWriter(out, true),
                new PrintWriter(err, true))
            .execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
