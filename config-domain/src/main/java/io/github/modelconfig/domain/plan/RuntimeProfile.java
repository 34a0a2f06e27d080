package io.github.modelconfig.domain.plan;

import java.util.Objects;

/**
 * Value: one runtime version's memory accounting, in one place: its defaults ({@code
 * memoryUtilization} for {@code --gpu-memory-utilization} / {@code --mem-fraction-static}, 0 when a
 * rule picks it from the GPU; {@code blockSize} in tokens; {@code maxBatchedTokens} and {@code
 * maxSequences} of its profiling run, 0 when a rule picks them from the GPU), the fitted {@link
 * Calibration}, and {@code source}: the files and version its rules were read from. The rules that
 * use these numbers live next to it, one class per runtime ({@link PlanAccounting} dispatches).
 */
public record RuntimeProfile(
    RuntimeKind kind,
    String version,
    double memoryUtilization,
    int blockSize,
    long maxBatchedTokens,
    int maxSequences,
    Calibration calibration,
    String source) {

  public RuntimeProfile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(calibration, "calibration");
    Objects.requireNonNull(source, "source");
    if (memoryUtilization < 0 || memoryUtilization > 1) {
      throw new IllegalArgumentException("memory utilization in [0, 1], was " + memoryUtilization);
    }
    if (blockSize < 1 || maxBatchedTokens < 0 || maxSequences < 0) {
      throw new IllegalArgumentException(
          "invalid defaults block=" + blockSize + " tokens=" + maxBatchedTokens);
    }
  }
}
