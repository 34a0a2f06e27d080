package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.Injectors;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.model.RawSetting;
import io.github.modelconfig.domain.model.ResolvedModelConfig;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** CLI: {@code resolve [MODEL]}, the main job. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = "Resolve and validate how a model will be served (reads metadata only).")
public final class ResolveCommand implements Callable<Integer> {

  private final AppSettings settings;
  private final Terminal terminal;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ResolveOptions options;

  @Option(names = "--json", description = "Print one JSON object on stdout.")
  boolean json;

  ResolveCommand(AppSettings settings, Terminal terminal) {
    this.settings = settings;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
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
        Injectors.production(planned.withOffline(options.offline))
            .getInstance(ResolveModelConfigUseCase.class);
    Either<ResolveFailure, ResolvedModelConfig> result = useCase.resolve(query.get());
    return result.fold(output::failure, output::resolved);
  }
}
