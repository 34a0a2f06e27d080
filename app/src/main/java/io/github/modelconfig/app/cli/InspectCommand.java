package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.OptionSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.PositionalParamSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.github.modelconfig.application.port.in.InspectWeightsUseCase;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.WeightsReport;
import io.github.modelconfig.application.port.in.WeightsReport.FileReport;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.repo.RepoRules;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * CLI: {@code inspect FILE-OR-FOLDER}, the weight headers of a model (never tensor data). Its model
 * is built in code, like {@link ResolveCommand}'s, to skip annotation reflection at start-up.
 */
public final class InspectCommand implements Callable<Integer> {

  private final Supplier<InspectWeightsUseCase> inspector;
  private final Terminal terminal;
  private CommandSpec spec;

  InspectCommand(Supplier<InspectWeightsUseCase> inspector, Terminal terminal) {
    this.inspector = inspector;
    this.terminal = terminal;
  }

  /** This command's model: name, description, help options, the target, --revision, --json. */
  CommandSpec spec() {
    spec = CommandSpec.wrapWithoutInspection(this).name("inspect");
    spec.usageMessage()
        .description(
            "Inspect weight file headers: tensors, parameters per dtype, encoding, GGUF metadata.");
    ModelConfigCommand.addStandardHelpOptions(spec);
    spec.addPositional(
        PositionalParamSpec.builder()
            .index("0")
            .arity("1")
            .required(true)
            .paramLabel("FILE-OR-FOLDER")
            .type(String.class)
            .description("A weight file, folder or repo.")
            .build());
    spec.addOption(
        OptionSpec.builder("--revision")
            .type(String.class)
            .paramLabel("<revision>")
            .defaultValue("main")
            .description("Hub revision (default main).")
            .build());
    ModelConfigCommand.addJsonOption(spec);
    return spec;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    String target = parsed.matchedPositionalValue(0, null);
    String revision = spec.findOption("--revision").getValue();
    boolean json = parsed.hasMatchedOption("--json");
    PrintWriter out = spec.commandLine().getOut();
    Output output = new Output(out, spec.commandLine().getErr(), json, terminal);
    Validation<ConfigError, Revision> rev = RepoRules.revision("revision", revision);
    if (rev.isInvalid()) {
      return output.failure(new ResolveFailure.Invalid(Vector.of(rev.getError())));
    }
    return inspector
        .get()
        .inspect(target, rev.get())
        .fold(
            output::failure,
            report -> {
              out.print(
                  json
                      ? Json.write(OutputSchema.INSPECT.stamp(InspectJson.of(report))) + "\n"
                      : summary(report));
              out.flush();
              return ExitCode.OK.code();
            });
  }

  private static String summary(WeightsReport report) {
    StringBuilder s = new StringBuilder();
    s.append(report.repoId())
        .append(": ")
        .append(report.files().size())
        .append(" weight file(s), ")
        .append(InspectJson.format(report))
        .append(", ")
        .append(String.format("%,d", report.totalParameters()))
        .append(" parameters\n");
    for (FileReport f : report.files()) {
      s.append("  ")
          .append(f.path())
          .append("  ")
          .append(String.format("%,d", f.totalParameters()))
          .append(" params  ")
          .append(f.encoding().map(SupportedEncoding::wireName).getOrElse("no supported encoding"));
      f.gguf()
          .forEach(
              g ->
                  s.append("  GGUF v")
                      .append(g.version())
                      .append(" ")
                      .append(g.architecture().getOrElse("?")));
      s.append('\n');
    }
    report
        .indexes()
        .forEach(
            i ->
                s.append("  index ")
                    .append(i.path())
                    .append(" -> ")
                    .append(i.shards().size())
                    .append(" shard(s)\n"));
    s.append("  encodings: ")
        .append(
            report.encodings().isEmpty()
                ? "none"
                : String.join(
                    ", ", report.encodings().stream().map(SupportedEncoding::wireName).toList()))
        .append('\n');
    report.warnings().forEach(w -> s.append("  warning: ").append(w).append('\n'));
    return s.toString();
  }
}
