package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.cli.batch.BatchOptions;
import io.github.modelconfig.app.cli.lock.LockOptions;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.github.modelconfig.application.port.in.ListModelFilesUseCase;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * CLI: {@code resolve [MODEL]}, the main job, or {@code resolve --batch FILE} for one request per
 * line ({@link ResolveBatch}). Its model is built in code ({@link #spec()}, {@link ResolveOptions})
 * rather than read from annotations: the reflection cost most of a run's start-up. {@code
 * --offline} and {@code --target} decide the settings the resolver is built with.
 */
public final class ResolveCommand extends BatchingCommand {

  private final Function<UnaryOperator<AppSettings>, ResolveModelConfigUseCase> resolvers;
  private final Supplier<ListModelFilesUseCase> lister;

  /** {@code workingDirectory}: where a relative {@code --config-file} is read from. */
  ResolveCommand(
      Supplier<ResolveModelConfigUseCase> resolver, Path workingDirectory, Terminal terminal) {
    this(decide -> resolver.get(), workingDirectory, terminal, System.in);
  }

  /**
   * {@code resolvers}: the use case for the settings a request decides (a batch line may ask for
   * another {@code --target} or {@code --offline} than the command line); {@code stdin}: what
   * {@code --batch -} reads.
   */
  ResolveCommand(
      Function<UnaryOperator<AppSettings>, ResolveModelConfigUseCase> resolvers,
      Path workingDirectory,
      Terminal terminal,
      InputStream stdin) {
    this(resolvers, workingDirectory, terminal, stdin, ResolveCommand::noLister);
  }

  /** As above; {@code lister} lists the resolved repo for {@code --lock} and {@code --locked}. */
  ResolveCommand(
      Function<UnaryOperator<AppSettings>, ResolveModelConfigUseCase> resolvers,
      Path workingDirectory,
      Terminal terminal,
      InputStream stdin,
      Supplier<ListModelFilesUseCase> lister) {
    super(workingDirectory, terminal, stdin);
    this.resolvers = resolvers;
    this.lister = lister;
  }

  private static ListModelFilesUseCase noLister() {
    throw new IllegalStateException("this resolve command was built without a repo lister");
  }

  /** This command's model: help options, MAX's options, {@code --json}, then the batch's. */
  CommandSpec spec() {
    spec = CommandSpec.wrapWithoutInspection(this).name("resolve");
    spec.usageMessage()
        .description("Resolve and validate how a model will be served (reads metadata only).")
        .sortOptions(false)
        .abbreviateSynopsis(true);
    ModelConfigCommand.addStandardHelpOptions(spec);
    ResolveOptions.addTo(spec);
    ModelConfigCommand.addJsonOption(spec);
    BatchOptions.addTo(spec);
    LockOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    LineSettings settings = settings();
    Either<String, Option<BatchOptions>> batch = BatchOptions.of(parsed);
    Either<String, LockOptions> locks = LockOptions.of(parsed, workingDirectory);
    if (batch.isLeft() || locks.isLeft()) {
      return usage(batch.isLeft() ? batch.getLeft() : locks.getLeft());
    }
    if (batch.get().isDefined()) {
      return batch(
          batch.get().get(), settings, new ResolveBatch(settings, resolvers, workingDirectory));
    }
    Output output =
        new Output(
            spec.commandLine().getOut(),
            spec.commandLine().getErr(),
            parsed.hasMatchedOption("--json"),
            terminal);
    Validation<Seq<ConfigError>, ResolveQuery> query = settings.query(workingDirectory);
    if (query.isInvalid()) {
      return output.failure(new ResolveFailure.Invalid(query.getError()));
    }
    return resolvers
        .apply(settings::decide)
        .resolve(query.get())
        .fold(
            output::failure,
            config ->
                locks.get().any()
                    ? new ResolveLock(
                            locks.get(),
                            lister,
                            parsed.hasMatchedOption("--json"),
                            spec.commandLine().getOut(),
                            spec.commandLine().getErr())
                        .after(config, output)
                    : output.resolved(config));
  }
}
