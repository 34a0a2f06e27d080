package io.github.modelconfig.app.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Conformance: the implementation under test: runs one command line (without the program name) in a
 * case's working folder with the case's environment, and returns what it printed.
 */
public interface Implementation {

  /** The exit code of a run that could not start or was killed after its timeout. */
  int DID_NOT_FINISH = -1;

  /** What one run printed and how it ended. */
  record Run(int exitCode, String stdout, String stderr) {}

  Run run(List<String> args, Path workingDirectory, Map<String, String> environment);

  /** How the report names it. */
  String name();
}
