package io.github.modelconfig.app.conformance;

import java.util.List;
import java.util.Objects;

/** Conformance: one case's outcome: passed when there is no difference. */
public record CaseResult(
    ConformanceCase testCase, int exitCode, List<Difference> differences, String stderr) {

  public CaseResult {
    Objects.requireNonNull(testCase, "testCase");
    differences = List.copyOf(differences);
    Objects.requireNonNull(stderr, "stderr");
  }

  public boolean passed() {
    return differences.isEmpty();
  }
}
