package io.github.modelconfig.domain.weights;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Value: parameters counted per dtype, spelled as safetensors spells dtypes ({@code BF16}, {@code
 * F32}), such as the Hub's model info {@code safetensors.parameters}; ordered by dtype. A dtype
 * counted zero times holds no weights and is not kept.
 */
public record ParameterCounts(Map<String, Long> byDtype) {

  public ParameterCounts {
    Objects.requireNonNull(byDtype, "byDtype");
    Map<String, Long> kept = new TreeMap<>();
    byDtype.forEach(
        (dtype, count) -> {
          Objects.requireNonNull(dtype, "dtype");
          if (count == null || count < 0) {
            throw new IllegalArgumentException(
                "a parameter count must be >= 0: " + dtype + "=" + count);
          }
          if (count > 0) {
            kept.put(dtype, count);
          }
        });
    byDtype = Collections.unmodifiableMap(kept);
  }

  /** Every parameter, whatever its dtype. */
  public long total() {
    return byDtype.values().stream().reduce(0L, Math::addExact);
  }

  /** The dtypes holding parameters, in dtype order. */
  public Set<String> dtypes() {
    return byDtype.keySet();
  }
}
