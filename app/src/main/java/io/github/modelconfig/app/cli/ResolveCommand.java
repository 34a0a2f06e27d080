package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.Injectors;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * CLI: {@code resolve [MODEL]}, the main job. Its model is built in code ({@link #spec()}, {@link
 * ResolveOptions}) rather than read from annotations: the reflection cost most of a run's start-up.
 */
public final class ResolveCommand implements Callable<Integer> {

  private final AppSettings settings;
  private final Terminal terminal;
  private CommandSpec spec;

  ResolveCommand(AppSettings settings, Terminal terminal) {
    this.settings = settings;
    this.terminal = terminal;
  }

  /** This command's model: name, description, help options, MAX's options and {@code --json}. */
  CommandSpec spec() {
    spec = CommandSpec.wrapWithoutInspection(this).name("resolve");
    spec.usageMessage()
        .description("Resolve and validate how a model will be served (reads metadata only).")
        .sortOptions(false)
        .abbreviateSynopsis(true);
    ModelConfigCommand.addStandardHelpOptions(spec);
    ResolveOptions.addTo(spec);
    ModelConfigCommand.addJsonOption(spec);
    return spec;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    ResolveOptions options = ResolveOptions.of(parsed);
    boolean json = parsed.hasMatchedOption("--json");
    Output output =
        new Output(spec.commandLine().getOut(), spec.commandLine().getErr(), json, terminal);
    Validation<Seq<ConfigError>, Map<String, RawSetting>> settingsOrErrors =
        ConfigFileLoader.merge(
            options.configFile(),
            options.sectionName(),
            options.flagSettings(),
            settings.workingDirectory());
    Validation<Seq<ConfigError>, ResolveQuery> query =
        settingsOrErrors.flatMap(ResolveQuery::fromSettings);
    if (query.isInvalid()) {
      return output.failure(new ResolveFailure.Invalid(query.getError()));
    }
    AppSettings planned = settings.withTarget(io.vavr.control.Option.ofOptional(options.target()));
    var targetError = Targets.check(planned);
    if (targetError.isDefined()) {
      return output.failure(
          new ResolveFailure.Invalid(io.vavr.collection.List.of(targetError.get())));
    }
    ResolveModelConfigUseCase useCase =
        Injectors.production(planned.withOffline(options.offline()))
            .getInstance(ResolveModelConfigUseCase.class);
    Either<ResolveFailure, ResolvedModelConfig> result = useCase.resolve(query.get());
    return result.fold(output::failure, output::resolved);
  }
}
