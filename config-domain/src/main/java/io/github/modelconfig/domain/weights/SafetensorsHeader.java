package io.github.modelconfig.domain.weights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value: a validated safetensors header, summarised: the totals of its tensors per dtype (in the
 * order the dtypes first appear), the bytes of tensor data, {@code __metadata__}, and the header's
 * byte length. No per-tensor list is kept, so a header of two million tensors costs a few maps.
 */
public record SafetensorsHeader(
    Map<String, TensorTotals> byDtype,
    long dataBytes,
    Map<String, String> metadata,
    long headerBytes) {

  public SafetensorsHeader {
    byDtype = Collections.unmodifiableMap(new LinkedHashMap<>(byDtype));
    metadata =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(metadata, "metadata")));
    if (dataBytes < 0 || headerBytes < 0) {
      throw new IllegalArgumentException("negative data or header bytes");
    }
  }

  /** The summary of a list of tensors (test data, embedders' own headers). */
  public SafetensorsHeader(
      List<TensorInfo> tensors, Map<String, String> metadata, long headerBytes) {
    this(
        totals(tensors),
        tensors.stream().mapToLong(TensorInfo::end).max().orElse(0L),
        metadata,
        headerBytes);
  }

  private static Map<String, TensorTotals> totals(List<TensorInfo> tensors) {
    Map<String, TensorTotals> totals = new LinkedHashMap<>();
    for (TensorInfo t : tensors) {
      totals.merge(
          t.dtype(),
          TensorTotals.NONE.plus(t.parameterCount(), t.end() - t.begin()),
          TensorTotals::plus);
    }
    return totals;
  }

  public long tensorCount() {
    return byDtype.values().stream().mapToLong(TensorTotals::tensors).sum();
  }

  /** Parameter counts per dtype, in first-seen order. */
  public Map<String, Long> parametersByDtype() {
    Map<String, Long> counts = new LinkedHashMap<>();
    byDtype.forEach((dtype, t) -> counts.put(dtype, t.parameters()));
    return counts;
  }

  public long totalParameters() {
    return byDtype.values().stream().mapToLong(TensorTotals::parameters).reduce(0L, Math::addExact);
  }
}
