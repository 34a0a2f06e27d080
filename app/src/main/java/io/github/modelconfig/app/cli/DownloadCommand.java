package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.cli.lock.Drift;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.OptionSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.github.modelconfig.application.port.in.DownloadModelUseCase;
import io.github.modelconfig.application.port.in.DownloadQuery;
import io.github.modelconfig.application.port.in.DownloadReport;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * CLI: {@code download MODEL [resolve's options]}: resolve, then fetch exactly what a runtime needs
 * from that resolution into the shared HF cache. It takes every option of {@code resolve} (the same
 * field table), refuses what resolve refuses before fetching anything, except a misfit on this
 * machine, which is a warning. {@code --verify} checks cached and fetched files against the Hub's
 * digests.
 */
public final class DownloadCommand implements Callable<Integer>, DecidesSettings {

  private final Supplier<DownloadModelUseCase> downloader;
  private final Path workingDirectory;
  private final Terminal terminal;
  private CommandSpec spec;

  DownloadCommand(
      Supplier<DownloadModelUseCase> downloader, Path workingDirectory, Terminal terminal) {
    this.downloader = downloader;
    this.workingDirectory = workingDirectory;
    this.terminal = terminal;
  }

  /** This command's model: help options, resolve's options, {@code --verify}, {@code --json}. */
  CommandSpec spec() {
    spec = CommandSpec.wrapWithoutInspection(this).name("download");
    spec.usageMessage()
        .description(
            "Resolve a model as 'resolve' does, then fetch what a runtime needs from that"
                + " resolution (configs, tokenizer, the resolved weights and their index; the"
                + " draft model's too) into the shared HF cache: atomic, resumable, parallel;"
                + " files the Python or JS clients cached are reused.")
        .sortOptions(false)
        .abbreviateSynopsis(true);
    ModelConfigCommand.addStandardHelpOptions(spec);
    ResolveOptions.addTo(spec);
    spec.addOption(
        OptionSpec.builder("--verify")
            .type(boolean.class)
            .description(
                "Check cached and fetched files against the Hub's sha256 (LFS files) or git"
                    + " blob id (others); a mismatch is fetched again.")
            .build());
    spec.addOption(
        OptionSpec.builder("--locked")
            .paramLabel("FILE")
            .type(String.class)
            .description(
                "Fetch exactly a lockfile's model, commit and weight files (resolve --lock) and"
                    + " verify each locked file's size and hash (exit 6 when one differs); MODEL"
                    + " is then not needed.")
            .build());
    ModelConfigCommand.addJsonOption(spec);
    return spec;
  }

  @Override
  public AppSettings decide(AppSettings settings) {
    return LineSettings.of(ResolveOptions.of(spec.commandLine().getParseResult())).decide(settings);
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean json = parsed.hasMatchedOption("--json");
    Output output = new Output(out, err, json, terminal);
    Either<String, Option<LockedDownload>> lock =
        parsed.hasMatchedOption("--locked")
            ? LockedDownload.read(
                    workingDirectory.resolve(parsed.<String>matchedOptionValue("--locked", "")))
                .map(Option::of)
            : Either.right(Option.none());
    if (lock.isLeft()) {
      err.println("modelconfig: " + lock.getLeft());
      err.flush();
      return ExitCode.INVALID.code();
    }
    Option<LockedDownload> locked = lock.get();
    LineSettings settings =
        LineSettings.of(ResolveOptions.of(parsed))
            .withFlags(locked.map(LockedDownload::settings).getOrElse(Map.of()));
    Validation<Seq<ConfigError>, ResolveQuery> query = settings.query(workingDirectory);
    if (query.isInvalid()) {
      return output.failure(new ResolveFailure.Invalid(query.getError()));
    }
    ProgressBar bar = new ProgressBar(err, terminal);
    return downloader
        .get()
        .download(new DownloadQuery(query.get(), parsed.hasMatchedOption("--verify")), bar)
        .fold(
            failure -> {
              bar.finish();
              return output.failure(failure);
            },
            report -> {
              bar.finish();
              return locked.isEmpty()
                  ? printed(report, List.of())
                  : verified(locked.get(), report, output);
            });
  }

  private int verified(LockedDownload locked, DownloadReport report, Output output) {
    List<Drift> problems = locked.problems(report);
    if (problems.isEmpty()) {
      return printed(report, locked.paths());
    }
    return output.drifted(
        spec.commandLine().getParseResult().matchedOptionValue("--locked", ""), problems);
  }

  private int printed(DownloadReport report, List<String> verified) {
    new DownloadRendering(spec.commandLine().getOut(), json(), terminal).print(report, verified);
    return ExitCode.OK.code();
  }

  private boolean json() {
    return spec.commandLine().getParseResult().hasMatchedOption("--json");
  }
}
