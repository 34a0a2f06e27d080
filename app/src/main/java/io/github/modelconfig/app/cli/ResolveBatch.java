package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.cli.batch.BatchLine;
import io.github.modelconfig.app.cli.batch.LineOutcome;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.domain.request.RawSetting;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * CLI: {@code resolve --batch}: each line is a resolve request (the options of {@code resolve}, or
 * a JSON object of MAX's field names) over the batch command line's own options, which every line
 * inherits unless it sets them; its record is {@code resolve --json}'s object, or the errors.
 */
final class ResolveBatch extends RequestBatch<LineSettings> {

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
    super(lineSpec(), parsed -> LineSettings.of(ResolveOptions.of(parsed)), base.reference());
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
  LineSettings under(LineSettings line) {
    return base.under(line);
  }

  @Override
  LineSettings withFlags(Map<String, RawSetting> settings) {
    return base.withFlags(settings);
  }

  @Override
  LineOutcome answer(BatchLine line, LineSettings settings) {
    return settings
        .query(workingDirectory)
        .fold(
            errors -> invalid(line, settings.reference(), errors),
            query ->
                outcome(
                    line,
                    settings.reference(),
                    resolvers.apply(settings::decide).resolve(query),
                    config -> OutputSchema.RESOLVE.stamp(ResolvedJson.of(config))));
  }
}
