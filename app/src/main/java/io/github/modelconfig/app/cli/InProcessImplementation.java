package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.conformance.Implementation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CLI: this project as the implementation under conformance test, run in this JVM: the same command
 * line through {@link Cli}, with the case's variables as its whole environment (no {@code PATH}: no
 * GPU tools are asked) and the case's folder as its working directory.
 */
final class InProcessImplementation implements Implementation {

  @Override
  public String name() {
    return "modelconfig (in-process)";
  }

  @Override
  public Run run(List<String> args, Path workingDirectory, Map<String, String> environment) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.put("PATH", "");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            args.toArray(String[]::new),
            AppSettings.from(env, workingDirectory),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Terminal.plain());
    return new Run(code, out.toString(), err.toString());
  }
}
