package io.github.modelconfig.app.cli.batch;

import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.OptionSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Batch value: a command's {@code --batch FILE|-} and {@code --parallel N} options. Lines run
 * {@code N} at a time; by default as many as the host has cores when nothing is remote ({@code
 * --offline}), else {@link #REMOTE_PER_CORE} per core, at least {@link #REMOTE_MIN} (a Hub request
 * mostly waits for its round trip), at most {@link #MAX_PARALLEL}.
 */
public record BatchOptions(String input, Option<Integer> parallel) {

  public static final int MAX_PARALLEL = 256;
  static final int REMOTE_MIN = 16;
  static final int REMOTE_PER_CORE = 4;
  static final int REMOTE_MAX = 64;

  /** Adds {@code --batch} and {@code --parallel} to {@code spec}. */
  public static void addTo(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("--batch")
            .type(String.class)
            .paramLabel("FILE")
            .description(
                "Run one request per line of FILE ('-': standard input): options as on this"
                    + " command line, or a JSON object of field names. Prints one JSON object per"
                    + " line (JSON Lines), in input order, and a summary on stderr; the options"
                    + " given here apply to every line that does not set them.")
            .build());
    spec.addOption(
        OptionSpec.builder("--parallel")
            .type(Integer.class)
            .paramLabel("N")
            .description(
                "With --batch: lines run at once (default: the cores, or 4 per core and at least"
                    + " 16 unless --offline).")
            .build());
  }

  /**
   * The batch options of a parsed command line: none without {@code --batch}; Left with the problem
   * when {@code --parallel} comes without it or is out of range.
   */
  public static Either<String, Option<BatchOptions>> of(ParseResult parsed) {
    String input = parsed.matchedOptionValue("--batch", null);
    Integer parallel = parsed.matchedOptionValue("--parallel", null);
    if (input == null) {
      return parallel == null
          ? Either.right(Option.none())
          : Either.left("--parallel is for --batch; add --batch FILE or drop --parallel.");
    }
    if (parallel != null && (parallel < 1 || parallel > MAX_PARALLEL)) {
      return Either.left(
          "--parallel must be between 1 and " + MAX_PARALLEL + ", not " + parallel + ".");
    }
    return Either.right(Option.of(new BatchOptions(input, Option.of(parallel))));
  }

  /** Lines at once: as given, else the default for a remote or a local batch on {@code cores}. */
  public int parallelism(boolean remote, int cores) {
    if (parallel.isDefined()) {
      return parallel.get();
    }
    return remote
        ? Math.min(REMOTE_MAX, Math.max(REMOTE_MIN, REMOTE_PER_CORE * cores))
        : Math.max(1, cores);
  }

  /** Whether the input is standard input. */
  public boolean stdin() {
    return input.equals("-");
  }
}
