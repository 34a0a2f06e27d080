package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.lock.Drift;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** CLI: the one place that turns outcomes into text (JSON or human) and exit codes. */
final class Output {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;
  private final Terminal terminal;

  Output(PrintWriter out, PrintWriter err, boolean json, Terminal terminal) {
    this.out = out;
    this.err = err;
    this.json = json;
    this.terminal = terminal;
  }

  int resolved(ResolvedModelConfig config) {
    if (json) {
      out.println(Json.write(OutputSchema.RESOLVE.stamp(ResolvedJson.of(config))));
    } else {
      out.print(new SummaryRenderer(terminal).render(config));
    }
    out.flush();
    return ExitCode.OK.code();
  }

  int failure(ResolveFailure failure) {
    return errors(failure.errors().toJavaList());
  }

  int repositoryFailure(RepositoryFailure failure) {
    return failure(new ResolveFailure.Unavailable(failure));
  }

  /** Differences from a lockfile: each named, exit 6. */
  int drifted(String lockfile, List<Drift> drifts) {
    if (json) {
      out.println(
          Json.write(
              OutputSchema.ERRORS.stamp(
                  Map.of("errors", drifts.stream().map(Drift::json).toList()))));
      out.flush();
    } else {
      err.println(
          "modelconfig: " + drifts.size() + " difference(s) from the lockfile " + lockfile + ":");
      drifts.forEach(d -> err.println("  - [" + d.code() + "] " + d.field() + ": " + d.message()));
      err.println("    fix: " + Drift.HINT_TEXT);
      err.flush();
    }
    return ExitCode.MISMATCH.code();
  }

  private int errors(List<ConfigError> errors) {
    if (json) {
      out.println(Json.write(ErrorJson.of(errors)));
      out.flush();
    } else {
      err.println(
          errors.size() == 1
              ? "modelconfig: 1 problem:"
              : "modelconfig: " + errors.size() + " problems:");
      for (ConfigError e : errors) {
        err.println("  - [" + e.code().wireName() + "] " + e.field() + ": " + e.message());
        err.println("    fix: " + e.hint());
      }
      err.flush();
    }
    return ExitCode.of(errors).code();
  }
}
