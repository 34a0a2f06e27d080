package io.github.modelconfig.domain.weights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value: a validated safetensors header: tensors, {@code __metadata__}, and the header byte length.
 */
public record SafetensorsHeader(
    List<TensorInfo> tensors, Map<String, String> metadata, long headerBytes) {

  public SafetensorsHeader {
    tensors = List.copyOf(tensors);
    metadata =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(metadata, "metadata")));
  }

  /** Parameter counts per dtype, in first-seen order. */
  public Map<String, Long> parametersByDtype() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (TensorInfo t : tensors) {
      counts.merge(t.dtype(), t.parameterCount(), Math::addExact);
    }
    return counts;
  }

  public long totalParameters() {
    return tensors.stream().mapToLong(TensorInfo::parameterCount).reduce(0L, Math::addExact);
  }

  /** Bytes of tensor data the header describes. */
  public long dataBytes() {
    return tensors.stream().mapToLong(TensorInfo::end).max().orElse(0L);
  }
}
