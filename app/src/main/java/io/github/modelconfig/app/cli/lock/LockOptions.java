package io.github.modelconfig.app.cli.lock;

import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.OptionSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;

/** Lock value: {@code resolve}'s {@code --lock FILE} (write) or {@code --locked FILE} (check). */
public record LockOptions(Option<Path> lock, Option<Path> locked) {

  /** Adds {@code --lock} and {@code --locked} to {@code spec}. */
  public static void addTo(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("--lock")
            .type(String.class)
            .paramLabel("FILE")
            .description(
                "Write a lockfile: repo, revision, commit, every file read or needed to serve"
                    + " (path, size, ETag/sha256) and the resolved config.")
            .build());
    spec.addOption(
        OptionSpec.builder("--locked")
            .type(String.class)
            .paramLabel("FILE")
            .description(
                "Check the resolution against a lockfile: a new commit, a changed, missing or added"
                    + " file, or a different resolution is reported by name (exit 6).")
            .build());
  }

  /** The options of a parsed command line; Left when both are given or one comes with --batch. */
  public static Either<String, LockOptions> of(ParseResult parsed, Path workingDirectory) {
    String lock = parsed.matchedOptionValue("--lock", null);
    String locked = parsed.matchedOptionValue("--locked", null);
    if (lock != null && locked != null) {
      return Either.left("--lock writes a lockfile and --locked checks one; give one of them.");
    }
    if ((lock != null || locked != null) && parsed.hasMatchedOption("--batch")) {
      return Either.left("--lock and --locked are for one model; drop --batch or run each alone.");
    }
    return Either.right(
        new LockOptions(
            Option.of(lock).map(workingDirectory::resolve),
            Option.of(locked).map(workingDirectory::resolve)));
  }

  public boolean any() {
    return lock.isDefined() || locked.isDefined();
  }
}
