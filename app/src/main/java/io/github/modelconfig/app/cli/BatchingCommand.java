package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.cli.batch.Batch;
import io.github.modelconfig.app.cli.batch.BatchOptions;
import io.github.modelconfig.app.cli.batch.LineJob;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * CLI: what {@code resolve} and {@code plan} share: their options decide the settings the use case
 * is built with ({@code --offline}, {@code --target}), a usage problem is named on stderr, and
 * {@code --batch} runs the command's {@link LineJob} over the lines.
 */
abstract class BatchingCommand implements Callable<Integer>, DecidesSettings {

  final Path workingDirectory;
  final Terminal terminal;
  private final InputStream stdin;

  /** This command's model, set by the subclass's {@code spec()}. */
  CommandSpec spec;

  private boolean offline;

  BatchingCommand(Path workingDirectory, Terminal terminal, InputStream stdin) {
    this.workingDirectory = workingDirectory;
    this.terminal = terminal;
    this.stdin = stdin;
  }

  @Override
  public final AppSettings decide(AppSettings settings) {
    AppSettings decided = settings().decide(settings);
    offline = decided.hub().offline();
    return decided;
  }

  /** The settings the parsed command line sets. */
  final LineSettings settings() {
    return LineSettings.of(ResolveOptions.of(spec.commandLine().getParseResult()));
  }

  /** {@code problem} on stderr with a pointer to the help; the exit code of a usage error. */
  final int usage(String problem) {
    spec.commandLine().getErr().println("modelconfig: " + problem);
    spec.commandLine().getErr().println("Run 'modelconfig " + spec.name() + " --help' for usage.");
    return ExitCode.INVALID.code();
  }

  /** Runs {@code job} over the batch's lines, as many at a time as the batch and host allow. */
  final int batch(BatchOptions options, LineSettings settings, LineJob job) {
    boolean remote = !(offline || settings.offline());
    int parallel = options.parallelism(remote, Runtime.getRuntime().availableProcessors());
    return new Batch(options, workingDirectory, stdin, terminal)
        .run(job, parallel, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
