package io.github.modelconfig.domain.plan;

import java.util.Arrays;
import java.util.List;

/**
 * Value: the kind of every decoder layer in order ({@code layer_types}, {@code
 * sliding_window_pattern}, a hybrid's linear-attention layers), the sliding window in tokens (0
 * when none) and the state one linear layer keeps per request at tp=1. Prefix counts make "how many
 * layers of each kind in [from, to)" O(1) for pipeline stages.
 */
public final class AttentionLayers {

  private final LayerKind[] kinds;
  private final int[][] prefix;
  private final long slidingWindow;
  private final long linearStateBytes;

  public AttentionLayers(List<LayerKind> kinds, long slidingWindow, long linearStateBytes) {
    if (kinds.isEmpty() || slidingWindow < 0 || linearStateBytes < 0) {
      throw new IllegalArgumentException(
          "need >= 1 layer and a window/state >= 0, was " + kinds.size() + "/" + slidingWindow);
    }
    this.kinds = kinds.toArray(LayerKind[]::new);
    this.prefix = new int[LayerKind.values().length][this.kinds.length + 1];
    for (int i = 0; i < this.kinds.length; i++) {
      for (LayerKind k : LayerKind.values()) {
        prefix[k.ordinal()][i + 1] = prefix[k.ordinal()][i] + (this.kinds[i] == k ? 1 : 0);
      }
    }
    this.slidingWindow = slidingWindow;
    this.linearStateBytes = linearStateBytes;
  }

  /** Every layer full attention. */
  public static AttentionLayers uniform(int layers) {
    return new AttentionLayers(java.util.Collections.nCopies(layers, LayerKind.FULL), 0, 0);
  }

  public int size() {
    return kinds.length;
  }

  public LayerKind kind(int layer) {
    return kinds[layer];
  }

  /** Layers of {@code kind} among layers {@code [from, to)}. */
  public int count(LayerKind kind, int from, int to) {
    return prefix[kind.ordinal()][to] - prefix[kind.ordinal()][from];
  }

  public long slidingWindow() {
    return slidingWindow;
  }

  public long linearStateBytes() {
    return linearStateBytes;
  }

  /** Whether any layer is not full attention. */
  public boolean hybrid() {
    return count(LayerKind.FULL, 0, kinds.length) != kinds.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttentionLayers a
        && Arrays.equals(kinds, a.kinds)
        && slidingWindow == a.slidingWindow
        && linearStateBytes == a.linearStateBytes;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(kinds) * 31 + Long.hashCode(slidingWindow);
  }

  @Override
  public String toString() {
    return "AttentionLayers" + Arrays.toString(kinds) + " window=" + slidingWindow;
  }
}
