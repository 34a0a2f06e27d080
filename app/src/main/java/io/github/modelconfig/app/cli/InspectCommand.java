package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.Injectors;
import io.github.modelconfig.application.port.in.InspectWeightsUseCase;
import io.github.modelconfig.application.port.in.WeightsReport;
import io.github.modelconfig.application.port.in.WeightsReport.FileReport;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** CLI: {@code inspect FILE-OR-FOLDER}, the weight headers of a model (never tensor data). */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description =
        "Inspect weight file headers: tensors, parameters per dtype, encoding, GGUF metadata.")
public final class InspectCommand implements Callable<Integer> {

  private final AppSettings settings;
  private final Terminal terminal;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE-OR-FOLDER",
      description = "A weight file, folder or repo.")
  String target;

  @Option(names = "--revision", defaultValue = "main", description = "Hub revision (default main).")
  String revision;

  @Option(names = "--json", description = "Print one JSON object on stdout.")
  boolean json;

  InspectCommand(AppSettings settings, Terminal terminal) {
    this.settings = settings;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Output output = new Output(out, spec.commandLine().getErr(), json, terminal);
    InspectWeightsUseCase useCase =
        Injectors.production(settings).getInstance(InspectWeightsUseCase.class);
    return useCase
        .inspect(target, revision)
        .fold(
            output::failure,
            report -> {
              out.print(json ? Json.write(InspectJson.of(report)) + "\n" : summary(report));
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
