package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.request.RawSetting;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * CLI: {@code resolve [MODEL]}, the main job. Its model is built in code ({@link #spec()}, {@link
 * ResolveOptions}) rather than read from annotations: the reflection cost most of a run's start-up.
 * {@code --offline} and {@code --target} decide the settings the resolver is built with.
 */
public final class ResolveCommand implements Callable<Integer>, DecidesSettings {

  private final Supplier<ResolveModelConfigUseCase> resolver;
  private final Path workingDirectory;
  private final Terminal terminal;
  private CommandSpec spec;

  /** {@code workingDirectory}: where a relative {@code --config-file} is read from. */
  ResolveCommand(
      Supplier<ResolveModelConfigUseCase> resolver, Path workingDirectory, Terminal terminal) {
    this.resolver = resolver;
    this.workingDirectory = workingDirectory;
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
  public AppSettings decide(AppSettings settings) {
    ResolveOptions options = ResolveOptions.of(spec.commandLine().getParseResult());
    return settings.withOffline(options.offline()).withTarget(Option.ofOptional(options.target()));
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    ResolveOptions options = ResolveOptions.of(parsed);
    boolean json = parsed.hasMatchedOption("--json");
    Output output =
        new Output(spec.commandLine().getOut(), spec.commandLine().getErr(), json, terminal);
    Option<ConfigError> noYaml =
        YamlSupport.missingFor(options.configFile(), options.flagSettings(), YamlSupport.present());
    if (noYaml.isDefined()) {
      return output.failure(new ResolveFailure.Invalid(Vector.of(noYaml.get())));
    }
    Validation<Seq<ConfigError>, Map<String, RawSetting>> settingsOrErrors =
        ConfigFileLoader.merge(
            options.configFile(), options.sectionName(), options.flagSettings(), workingDirectory);
    Validation<Seq<ConfigError>, ResolveQuery> query =
        settingsOrErrors.flatMap(ResolveQuery::fromSettings);
    if (query.isInvalid()) {
      return output.failure(new ResolveFailure.Invalid(query.getError()));
    }
    return resolver.get().resolve(query.get()).fold(output::failure, output::resolved);
  }
}
