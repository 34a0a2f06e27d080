package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.batch.BatchLine;
import io.github.modelconfig.app.cli.batch.LineJob;
import io.github.modelconfig.app.cli.batch.LineOutcome;
import io.github.modelconfig.app.cli.batch.LineRequest;
import io.github.modelconfig.app.cli.batch.LineRequests;
import io.github.modelconfig.app.cli.batch.LineStatus;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.github.modelconfig.app.config.ConfigFiles;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.Fields;
import io.github.modelconfig.domain.request.RawSetting;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * CLI: what {@code resolve --batch} and {@code plan --batch} share: read a line ({@code L}, the
 * command's parsed options), put it over the batch command line's, answer it; a failure is the
 * line's record. A command's batch says only how a line sits over the base and how it is answered.
 */
abstract class RequestBatch<L> implements LineJob {

  private final LineRequests<L> requests;
  private final Option<String> unboundReference;

  /**
   * {@code lineSpec}: the options a line is read with; {@code unboundReference}: the model named in
   * the record of a JSON line whose settings are invalid.
   */
  RequestBatch(
      CommandSpec lineSpec, Function<ParseResult, L> options, Option<String> unboundReference) {
    this.requests = new LineRequests<>(lineSpec, options);
    this.unboundReference = unboundReference;
  }

  /** A line of options over the batch command line's. */
  abstract L under(L line);

  /** A JSON line's settings over the batch command line's. */
  abstract L withFlags(Map<String, RawSetting> settings);

  /** The line's answer: the use case's JSON object, or its errors. */
  abstract LineOutcome answer(BatchLine line, L request);

  @Override
  public final LineOutcome run(BatchLine line) {
    return requests
        .read(line)
        .fold(
            error -> LineOutcome.failed(line, Option.none(), LineStatus.INVALID, List.of(error)),
            request ->
                bind(request)
                    .fold(errors -> invalid(line, unboundReference, errors), l -> answer(line, l)));
  }

  private Validation<Seq<ConfigError>, L> bind(LineRequest<L> request) {
    if (request instanceof LineRequest.Options<L> options) {
      return Validation.valid(under(options.options()));
    }
    LineRequest.Mapping<L> mapping = (LineRequest.Mapping<L>) request;
    return ConfigFiles.of(Fields.TABLE)
        .settings(mapping.object(), mapping.shownAs(), Source.USER)
        .map(this::withFlags);
  }

  /** The record of the use case's {@code result}: {@code json} of it, or its failure. */
  static <R> LineOutcome outcome(
      BatchLine line,
      Option<String> reference,
      Either<ResolveFailure, R> result,
      Function<R, Map<String, Object>> json) {
    return result.fold(
        failure ->
            LineOutcome.failed(
                line,
                reference,
                failure instanceof ResolveFailure.Unavailable
                    ? LineStatus.UNAVAILABLE
                    : LineStatus.INVALID,
                failure.errors().toJavaList()),
        answer -> LineOutcome.answered(line, reference, json.apply(answer)));
  }

  static LineOutcome invalid(BatchLine line, Option<String> reference, Seq<ConfigError> errors) {
    return LineOutcome.failed(line, reference, LineStatus.INVALID, errors.toJavaList());
  }
}
