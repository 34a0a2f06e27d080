package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.cli.batch.BatchLine;
import io.github.modelconfig.app.cli.batch.LineOutcome;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.application.port.in.PlanServingUseCase;
import io.github.modelconfig.domain.request.RawSetting;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * CLI: {@code plan --batch}: each line is a plan request (plan's options, or a JSON object of MAX's
 * field names that takes the batch command line's plan options) over the batch command line's
 * options; its record is {@code plan --json}'s object, or the errors. A plan that does not fit is
 * an answer ({@code "fits": false}), not a failed line.
 */
final class PlanBatch extends RequestBatch<PlanBatch.Line> {

  /** A line's resolve settings and plan flags. */
  record Line(LineSettings settings, PlanFlags flags) {}

  private final LineSettings base;
  private final PlanFlags baseFlags;
  private final Function<UnaryOperator<AppSettings>, PlanServingUseCase> planners;
  private final Path workingDirectory;

  PlanBatch(
      LineSettings base,
      PlanFlags baseFlags,
      Function<UnaryOperator<AppSettings>, PlanServingUseCase> planners,
      Path workingDirectory) {
    super(
        lineSpec(),
        parsed -> new Line(LineSettings.of(ResolveOptions.of(parsed)), PlanOptions.of(parsed)),
        Option.none());
    this.base = base;
    this.baseFlags = baseFlags;
    this.planners = planners;
    this.workingDirectory = workingDirectory;
  }

  /** The option model a line is read with: plan's options and {@code --json} (no help). */
  static CommandSpec lineSpec() {
    CommandSpec spec = CommandSpec.create().name("plan");
    PlanOptions.addTo(spec);
    ResolveOptions.addTo(spec);
    ModelConfigCommand.addJsonOption(spec);
    return spec;
  }

  @Override
  Line under(Line line) {
    return new Line(base.under(line.settings()), baseFlags.under(line.flags()));
  }

  @Override
  Line withFlags(Map<String, RawSetting> settings) {
    return new Line(base.withFlags(settings), baseFlags);
  }

  @Override
  LineOutcome answer(BatchLine line, Line l) {
    Option<String> reference = l.settings().reference();
    return PlanCommand.query(l.settings(), l.flags(), workingDirectory)
        .fold(
            errors -> invalid(line, reference, errors),
            query ->
                outcome(
                    line,
                    reference,
                    planners.apply(l.settings()::decide).plan(query),
                    PlanJson::of));
  }
}
