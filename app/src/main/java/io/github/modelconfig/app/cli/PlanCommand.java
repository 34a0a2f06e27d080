package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.cli.batch.BatchOptions;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.github.modelconfig.application.port.in.PlanQuery;
import io.github.modelconfig.application.port.in.PlanReport;
import io.github.modelconfig.application.port.in.PlanServingUseCase;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * CLI: {@code plan [MODEL] --runtime RUNTIME}: how a model is served on a runtime and hardware
 * (layout, context, concurrency, memory per device), with every option of {@code resolve}, the
 * layout and the runtime's settings ({@link PlanOptions}); {@code plan --batch FILE} for one
 * request per line ({@link PlanBatch}). Exit 0 when the plan fits, 2 when it does not.
 */
public final class PlanCommand extends BatchingCommand {

  private final Function<UnaryOperator<AppSettings>, PlanServingUseCase> planners;

  /** {@code planners}: the use case for the settings a request decides ({@code --target}). */
  PlanCommand(
      Function<UnaryOperator<AppSettings>, PlanServingUseCase> planners,
      Path workingDirectory,
      Terminal terminal,
      InputStream stdin) {
    super(workingDirectory, terminal, stdin);
    this.planners = planners;
  }

  CommandSpec spec() {
    spec = CommandSpec.wrapWithoutInspection(this).name("plan");
    spec.usageMessage()
        .description(
            "Plan serving a model on a runtime (max, vllm, sglang, llama.cpp): layout, context,"
                + " concurrency and memory per device, without a GPU and without loading weights.")
        .sortOptions(false)
        .abbreviateSynopsis(true);
    ModelConfigCommand.addStandardHelpOptions(spec);
    PlanOptions.addTo(spec);
    ResolveOptions.addTo(spec);
    ModelConfigCommand.addJsonOption(spec);
    BatchOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    LineSettings settings = settings();
    PlanFlags flags = PlanOptions.of(parsed);
    Either<String, Option<BatchOptions>> batch = BatchOptions.of(parsed);
    if (batch.isLeft()) {
      return usage(batch.getLeft());
    }
    if (batch.get().isDefined()) {
      return batch(
          batch.get().get(), settings, new PlanBatch(settings, flags, planners, workingDirectory));
    }
    boolean json = parsed.hasMatchedOption("--json");
    Output output =
        new Output(spec.commandLine().getOut(), spec.commandLine().getErr(), json, terminal);
    Validation<Seq<ConfigError>, PlanQuery> query = query(settings, flags, workingDirectory);
    if (query.isInvalid()) {
      return output.failure(new ResolveFailure.Invalid(query.getError()));
    }
    Either<ResolveFailure, PlanReport> report = planners.apply(settings::decide).plan(query.get());
    if (report.isLeft()) {
      return output.failure(report.getLeft());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        json
            ? Json.write(PlanJson.of(report.get())) + "\n"
            : new PlanText(terminal).render(report.get()));
    out.flush();
    return report.get().fits() ? ExitCode.OK.code() : ExitCode.INVALID.code();
  }

  /** The plan query of resolve's settings and the plan flags; every problem of both at once. */
  static Validation<Seq<ConfigError>, PlanQuery> query(
      LineSettings settings, PlanFlags flags, Path workingDirectory) {
    Validation<Seq<ConfigError>, ResolveQuery> resolve = settings.query(workingDirectory);
    var bound = flags.bind();
    if (resolve.isInvalid() || bound.isInvalid()) {
      Seq<ConfigError> errors =
          resolve.isInvalid() ? resolve.getError() : io.vavr.collection.Vector.empty();
      return Validation.invalid(bound.isInvalid() ? errors.appendAll(bound.getError()) : errors);
    }
    PlanFlags.Bound b = bound.get();
    return Validation.valid(
        new PlanQuery(
            resolve.get(), b.runtime(), b.version(), b.layout(), b.settings(), b.goals()));
  }
}
