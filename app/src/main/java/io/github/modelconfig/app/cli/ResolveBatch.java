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
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.Fields;
import io.github.modelconfig.domain.request.RawSetting;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * CLI: {@code resolve --batch}: each line is a resolve request (the options of {@code resolve}, or
 * a JSON object of MAX's field names) over the batch command line's own options, which every line
 * inherits unless it sets them; its record is {@code resolve --json}'s object, or the errors.
 */
final class ResolveBatch implements LineJob {

  private final LineRequests<LineSettings> requests =
      new LineRequests<>(lineSpec(), parsed -> LineSettings.of(ResolveOptions.of(parsed)));
  private final LineSettings base;
  private final Function<UnaryOperator<AppSettings>, ResolveModelConfigUseCase> resolvers;
  private final Path workingDirectory;

  /**
   * {@code base}: the batch command line's settings; {@code resolvers}: the use case for the
   * settings a line decides ({@code --offline}, {@code --target}).
   */
  ResolveBatch(
      LineSettings base,
      Function<UnaryOperator<AppSettings>, ResolveModelConfigUseCase> resolvers,
      Path workingDirectory) {
    this.base = base;
    this.resolvers = resolvers;
    this.workingDirectory = workingDirectory;
  }

  /** The option model a line is read with: resolve's options and {@code --json} (no help). */
  static CommandSpec lineSpec() {
    CommandSpec spec = CommandSpec.create().name("resolve");
    ResolveOptions.addTo(spec);
    ModelConfigCommand.addJsonOption(spec);
    return spec;
  }

  @Override
  public LineOutcome run(BatchLine line) {
    return requests
        .read(line)
        .fold(
            error ->
                LineOutcome.failed(
                    line, Option.none(), LineStatus.INVALID, java.util.List.of(error)),
            request ->
                settings(request)
                    .fold(
                        errors -> invalid(line, reference(base.flags()), errors),
                        settings -> resolve(line, settings)));
  }

  private Validation<Seq<ConfigError>, LineSettings> settings(LineRequest<LineSettings> request) {
    if (request instanceof LineRequest.Options<LineSettings> options) {
      return Validation.valid(base.under(options.options()));
    }
    LineRequest.Mapping<LineSettings> mapping = (LineRequest.Mapping<LineSettings>) request;
    return ConfigFiles.of(Fields.TABLE)
        .settings(mapping.object(), mapping.shownAs(), Source.USER)
        .map(base::withFlags);
  }

  private LineOutcome resolve(BatchLine line, LineSettings settings) {
    Option<String> reference = reference(settings.flags());
    Validation<Seq<ConfigError>, ResolveQuery> query = settings.query(workingDirectory);
    if (query.isInvalid()) {
      return invalid(line, reference, query.getError());
    }
    return resolvers
        .apply(settings::decide)
        .resolve(query.get())
        .fold(
            failure ->
                LineOutcome.failed(
                    line,
                    reference,
                    failure instanceof ResolveFailure.Unavailable
                        ? LineStatus.UNAVAILABLE
                        : LineStatus.INVALID,
                    failure.errors().toJavaList()),
            config ->
                LineOutcome.answered(
                    line, reference, OutputSchema.RESOLVE.stamp(ResolvedJson.of(config))));
  }

  private static LineOutcome invalid(
      BatchLine line, Option<String> reference, Seq<ConfigError> errors) {
    return LineOutcome.failed(line, reference, LineStatus.INVALID, errors.toJavaList());
  }

  /** The model a line names ({@code model_path} as given), for its record. */
  private static Option<String> reference(Map<String, RawSetting> flags) {
    return Option.of(flags.get(Fields.MODEL_PATH.name())).map(s -> String.valueOf(s.value()));
  }
}
