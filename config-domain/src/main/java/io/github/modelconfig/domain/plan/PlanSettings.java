package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.encoding.DType;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: what the operator sets for a plan beyond the layout and max length, each empty for the
 * runtime's default: {@code --gpu-memory-utilization} (vLLM) / {@code --mem-fraction-static}
 * (SGLang), {@code --kv-cache-dtype}, {@code --dtype} (the compute dtype unquantized weights are
 * cast to), {@code --max-num-seqs} and {@code --max-num-batched-tokens} (what the profiling run
 * uses).
 */
public record PlanSettings(
    Option<Double> memoryUtilization,
    KvDtype kvCacheDtype,
    Option<DType> dtype,
    Option<Integer> maxSequences,
    Option<Long> maxBatchedTokens) {

  /** The runtime's defaults everywhere. */
  public static final PlanSettings DEFAULTS =
      new PlanSettings(Option.none(), KvDtype.AUTO, Option.none(), Option.none(), Option.none());

  public PlanSettings {
    Objects.requireNonNull(memoryUtilization, "memoryUtilization");
    Objects.requireNonNull(kvCacheDtype, "kvCacheDtype");
    Objects.requireNonNull(dtype, "dtype");
    Objects.requireNonNull(maxSequences, "maxSequences");
    Objects.requireNonNull(maxBatchedTokens, "maxBatchedTokens");
    memoryUtilization.forEach(
        u -> {
          if (!(u > 0 && u <= 1)) {
            throw new IllegalArgumentException("memory utilization must be in (0, 1], was " + u);
          }
        });
  }
}
