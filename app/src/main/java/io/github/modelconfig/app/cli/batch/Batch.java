package io.github.modelconfig.app.cli.batch;

import io.github.modelconfig.app.cli.ExitCode;
import io.github.modelconfig.app.cli.Terminal;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Batch: a command's {@code --batch} run: reads the input's request lines, runs the command's
 * {@link LineJob} over them in parallel, writes one JSON Lines record per line in input order on
 * stdout, draws progress on a terminal, and ends with the summary on stderr and its exit code.
 */
public final class Batch {

  /** The system property the launcher sets to say whether stderr is a terminal. */
  static final String STDERR_TERMINAL = "modelconfig.stderr.terminal";

  private final BatchOptions options;
  private final Path workingDirectory;
  private final InputStream stdin;
  private final Terminal terminal;

  public Batch(BatchOptions options, Path workingDirectory, InputStream stdin, Terminal terminal) {
    this.options = options;
    this.workingDirectory = workingDirectory;
    this.stdin = stdin;
    this.terminal = terminal;
  }

  /** Runs {@code job} over the lines, {@code parallel} at a time; the batch's exit code. */
  public int run(LineJob job, int parallel, PrintWriter out, PrintWriter err) {
    long start = System.nanoTime();
    Path file = workingDirectory.resolve(options.input());
    BatchInput input;
    try {
      input = options.stdin() ? BatchInput.of(stdin) : BatchInput.of(file);
    } catch (IOException e) {
      err.println("modelconfig: cannot read the batch file '" + options.input() + "': " + e);
      err.println("Check the path given to --batch ('-' reads standard input).");
      return ExitCode.INVALID.code();
    }
    BatchSummary summary = new BatchSummary();
    BatchProgress progress = progress(err, file);
    try (input) {
      BatchRunner.of(parallel)
          .run(
              input,
              job,
              outcome -> {
                out.println(outcome.json());
                summary.add(outcome);
                badLine(outcome, err, progress);
                progress.update(summary);
              });
    } catch (IOException | UncheckedIOException e) {
      progress.clear();
      out.flush();
      err.println("modelconfig: reading the batch stopped: " + e.getMessage());
      summary.print(err, System.nanoTime() - start);
      return ExitCode.INVALID.code();
    }
    out.flush();
    progress.clear();
    summary.print(err, System.nanoTime() - start);
    return summary.exitCode();
  }

  /** A line that could not be read is also named on stderr as it is written. */
  private static void badLine(LineOutcome outcome, PrintWriter err, BatchProgress progress) {
    outcome.errors().stream()
        .filter(e -> e.code() == ErrorCode.BATCH_LINE)
        .forEach(
            e -> {
              progress.clear();
              err.println("modelconfig: " + e.message());
            });
  }

  private BatchProgress progress(PrintWriter err, Path file) {
    if (!stderrIsTerminal(terminal)) {
      return BatchProgress.off(err);
    }
    Option<Integer> total = Option.none();
    if (!options.stdin()) {
      try {
        total = Option.of(BatchInput.count(file));
      } catch (IOException | UncheckedIOException e) {
        total = Option.none();
      }
    }
    return new BatchProgress(err, true, total, terminal.width());
  }

  /** The launcher's word when it gave one, else whether the console is a terminal. */
  static boolean stderrIsTerminal(Terminal terminal) {
    String said = System.getProperty(STDERR_TERMINAL);
    return said != null ? Boolean.parseBoolean(said) : terminal.interactive();
  }
}
