package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine.Command;
import io.github.modelconfig.app.cli.picocli.CommandLine.Parameters;
import io.github.modelconfig.app.cli.picocli.CommandLine.Spec;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** CLI: {@code schema NAME}: prints the JSON Schema (2020-12) of a command's {@code --json}. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (2020-12) of a command's --json output: resolve, inspect, plan,"
          + " cache-scan, devices, download, errors (any command's failure), conformance, lock (the file of --lock).",
      "Without NAME, list the schemas with their version and $id."
    })
public final class SchemaCommand implements Callable<Integer> {

  @Spec io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The schema's name.")
  String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      for (OutputSchema schema : OutputSchema.values()) {
        out.printf("%-12s %-5s %s%n", schema.wireName(), schema.version(), schema.id());
      }
      out.flush();
      return ExitCode.OK.code();
    }
    return OutputSchema.named(name)
        .map(
            schema -> {
              out.print(schema.text());
              out.flush();
              return ExitCode.OK.code();
            })
        .getOrElse(
            () -> {
              PrintWriter err = spec.commandLine().getErr();
              err.println(
                  "modelconfig: no schema named '"
                      + name
                      + "'; the schemas are "
                      + String.join(", ", OutputSchema.wireNames())
                      + ".");
              err.println("Run 'modelconfig schema' to list them with their versions.");
              err.flush();
              return ExitCode.INVALID.code();
            });
  }
}
