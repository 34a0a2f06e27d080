package io.github.modelconfig.app.cli;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.model.ResolvedModelConfig;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
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
      out.println(Json.write(ResolvedJson.of(config)));
    } else {
      out.print(new SummaryRenderer(terminal).render(config));
    }
    out.flush();
    return ExitCode.OK.code();
  }

  int failure(ResolveFailure failure) {
    if (failure instanceof ResolveFailure.Invalid invalid) {
      // only missing files: "file not found" (3), as for a missing repo or revision
      boolean missingFiles = invalid.errors().forAll(e -> e.code().equals("weight_file_not_found"));
      return errors(
          invalid.errors().toJavaList().stream().map(Output::view).toList(),
          missingFiles ? ExitCode.NOT_FOUND : ExitCode.INVALID);
    }
    RepositoryFailure f = ((ResolveFailure.Unavailable) failure).failure();
    return errors(List.of(view(f)), exitCode(f));
  }

  int repositoryFailure(RepositoryFailure failure) {
    return errors(List.of(view(failure)), exitCode(failure));
  }

  private int errors(List<Map<String, Object>> errors, ExitCode code) {
    if (json) {
      out.println(Json.write(Map.of("errors", errors)));
      out.flush();
    } else {
      err.println(
          errors.size() == 1
              ? "modelconfig: 1 problem:"
              : "modelconfig: " + errors.size() + " problems:");
      for (Map<String, Object> e : errors) {
        err.println("  - [" + e.get("code") + "] " + e.get("field") + ": " + e.get("message"));
        err.println("    fix: " + e.get("hint"));
      }
      err.flush();
    }
    return code.code();
  }

  static ExitCode exitCode(RepositoryFailure failure) {
    if (failure instanceof RepositoryFailure.NotFound) {
      return ExitCode.NOT_FOUND;
    }
    if (failure instanceof RepositoryFailure.Unauthorized) {
      return ExitCode.AUTH;
    }
    if (failure instanceof RepositoryFailure.Corrupt) {
      return ExitCode.INVALID;
    }
    return ExitCode.NETWORK;
  }

  private static Map<String, Object> view(ConfigError e) {
    return error(e.code(), e.field(), e.message(), e.hint());
  }

  private static Map<String, Object> view(RepositoryFailure f) {
    String code;
    String field = "model_path";
    if (f instanceof RepositoryFailure.NotFound n) {
      code = n.what().name().toLowerCase(java.util.Locale.ROOT) + "_not_found";
    } else if (f instanceof RepositoryFailure.Corrupt c) {
      code = "corrupt_file";
      field = c.file();
    } else if (f instanceof RepositoryFailure.Unauthorized) {
      code = "unauthorized";
    } else if (f instanceof RepositoryFailure.Offline) {
      code = "offline";
    } else if (f instanceof RepositoryFailure.RateLimited) {
      code = "rate_limited";
    } else {
      code = "transport";
    }
    return error(code, field, f.message(), f.hint());
  }

  private static Map<String, Object> error(String code, String field, String message, String hint) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("code", code);
    e.put("field", field);
    e.put("message", message);
    e.put("hint", hint);
    return e;
  }
}
