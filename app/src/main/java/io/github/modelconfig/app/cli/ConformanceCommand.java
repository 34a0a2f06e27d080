package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine.Command;
import io.github.modelconfig.app.cli.picocli.CommandLine.Option;
import io.github.modelconfig.app.cli.picocli.CommandLine.Spec;
import io.github.modelconfig.app.conformance.CaseLoader;
import io.github.modelconfig.app.conformance.CaseResult;
import io.github.modelconfig.app.conformance.CaseRunner;
import io.github.modelconfig.app.conformance.ConformanceCase;
import io.github.modelconfig.app.conformance.ExternalImplementation;
import io.github.modelconfig.app.conformance.Implementation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * CLI: {@code conformance}: runs the portable cases of examples/conformance against this project
 * (in-process) or any command that prints the same JSON, and reports each case with its
 * differences; exit 0 when all pass, 6 when some fail, 2 when the cases cannot be read.
 */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description =
        "Run the conformance cases (examples/conformance) against this implementation or another"
            + " command that prints the same JSON; report each case passed or failed with a diff.")
public final class ConformanceCommand implements Callable<Integer> {

  private final Path workingDirectory;

  @Spec io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--implementation",
      paramLabel = "CMD",
      description =
          "The program to test, as a shell would split it (e.g. \"./my-impl --flag\"); each case's"
              + " arguments follow it. Default: this project, in-process.")
  String implementation;

  @Option(
      names = "--cases",
      paramLabel = "DIR",
      description = "Folder of cases (every case.json below it). Default: examples/conformance.")
  Path cases;

  @Option(
      names = "--case",
      paramLabel = "TEXT",
      description = "Run only the cases whose id contains TEXT.")
  String only;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description = "Longest run of one case by --implementation (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--json", description = "Print one JSON object on stdout.")
  boolean json;

  ConformanceCommand(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path folder = workingDirectory.resolve(cases == null ? Path.of("examples/conformance") : cases);
    if (!Files.isDirectory(folder)) {
      err.println("modelconfig: no conformance cases in " + folder + " (not a folder).");
      err.println("Run it from the repository's root, or pass --cases DIR.");
      return ExitCode.INVALID.code();
    }
    List<ConformanceCase> all;
    Implementation subject;
    try {
      all = CaseLoader.load(folder);
      subject =
          implementation == null
              ? new InProcessImplementation()
              : new ExternalImplementation(implementation, Duration.ofSeconds(timeoutSeconds));
    } catch (IllegalArgumentException e) {
      err.println("modelconfig: " + e.getMessage());
      return ExitCode.INVALID.code();
    }
    CaseRunner runner = new CaseRunner(subject);
    List<CaseResult> results =
        all.stream()
            .filter(c -> only == null || c.id().contains(only))
            .map(
                c -> {
                  CaseResult r = runner.run(c);
                  if (!json) {
                    ConformanceReport.line(out, r);
                  }
                  return r;
                })
            .toList();
    ConformanceReport report = new ConformanceReport(subject.name(), folder, results);
    if (json) {
      out.println(Json.write(OutputSchema.CONFORMANCE.stamp(report.json())));
    } else {
      out.println(report.summary());
    }
    out.flush();
    return report.allPassed() ? ExitCode.OK.code() : ExitCode.MISMATCH.code();
  }
}
