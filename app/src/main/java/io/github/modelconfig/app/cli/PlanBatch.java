package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.cli.batch.BatchLine;
import io.github.modelconfig.app.cli.batch.LineJob;
import io.github.modelconfig.app.cli.batch.LineOutcome;
import io.github.modelconfig.app.cli.batch.LineRequest;
import io.github.modelconfig.app.cli.batch.LineRequests;
import io.github.modelconfig.app.cli.batch.LineStatus;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.config.ConfigFiles;
import io.github.modelconfig.application.port.in.PlanQuery;
import io.github.modelconfig.application.port.in.PlanServingUseCase;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.Fields;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * CLI: {@code plan --batch}: each line is a plan request (plan's options, or a JSON object of MAX's
 * field names that takes the batch command line's plan options) over the batch command line's
 * options; its record is {@code plan --json}'s object, or the errors. A plan that does not fit is
 * an answer ({@code "fits": false}), not a failed line.
 */
final class PlanBatch implements LineJob {

  private record Line(LineSettings settings, PlanFlags flags) {}

  private final LineRequests<Line> requests =
      new LineRequests<>(
          lineSpec(),
          parsed -> new Line(LineSettings.of(ResolveOptions.of(parsed)), PlanOptions.of(parsed)));
  private final LineSettings base;
  private final PlanFlags baseFlags;
  private final Function<UnaryOperator<AppSettings>, PlanServingUseCase> planners;
  private final Path workingDirectory;

  PlanBatch(
      LineSettings base,
      PlanFlags baseFlags,
      Function<UnaryOperator<AppSettings>, PlanServingUseCase> planners,
      Path workingDirectory) {
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
  public LineOutcome run(BatchLine line) {
    return requests
        .read(line)
        .fold(
            error -> LineOutcome.failed(line, Option.none(), LineStatus.INVALID, List.of(error)),
            request ->
                line(request)
                    .fold(errors -> invalid(line, Option.none(), errors), l -> plan(line, l)));
  }

  private Validation<Seq<ConfigError>, Line> line(LineRequest<Line> request) {
    if (request instanceof LineRequest.Options<Line> options) {
      Line l = options.options();
      return Validation.valid(new Line(base.under(l.settings()), baseFlags.under(l.flags())));
    }
    LineRequest.Mapping<Line> mapping = (LineRequest.Mapping<Line>) request;
    return ConfigFiles.of(Fields.TABLE)
        .settings(mapping.object(), mapping.shownAs(), Source.USER)
        .map(s -> new Line(base.withFlags(s), baseFlags));
  }

  private LineOutcome plan(BatchLine line, Line l) {
    Option<String> reference =
        Option.of(l.settings().flags().get(Fields.MODEL_PATH.name()))
            .map(s -> String.valueOf(s.value()));
    Validation<Seq<ConfigError>, PlanQuery> query =
        PlanCommand.query(l.settings(), l.flags(), workingDirectory);
    if (query.isInvalid()) {
      return invalid(line, reference, query.getError());
    }
    return planners
        .apply(l.settings()::decide)
        .plan(query.get())
        .fold(
            failure ->
                LineOutcome.failed(
                    line,
                    reference,
                    failure instanceof ResolveFailure.Unavailable
                        ? LineStatus.UNAVAILABLE
                        : LineStatus.INVALID,
                    failure.errors().toJavaList()),
            report -> LineOutcome.answered(line, reference, PlanJson.of(report)));
  }

  private static LineOutcome invalid(
      BatchLine line, Option<String> reference, Seq<ConfigError> errors) {
    return LineOutcome.failed(line, reference, LineStatus.INVALID, errors.toJavaList());
  }
}
