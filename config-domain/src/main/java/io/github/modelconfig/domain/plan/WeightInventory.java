package io.github.modelconfig.domain.plan;

import java.util.Arrays;

/**
 * Value: a model's weight bytes as stored, by {@link WeightClass} and decoder layer (prefix sums,
 * so a pipeline stage's bytes are O(1)), plus the non-layer tensors. {@code storedDtypeBytes} is
 * the element size of its unquantized tensors (2 for bfloat16; 0 when the checkpoint is quantized,
 * where {@code --dtype} leaves the weights alone); {@code estimated} says the bytes come from
 * config.json rather than the tensors' own shapes.
 */
public final class WeightInventory {

  private static final int LAYER_CLASSES = 4;
  private final long[][] prefix;
  private final long[] global = new long[WeightClass.values().length];
  private final int storedDtypeBytes;
  private final boolean estimated;

  private WeightInventory(long[][] perLayer, long[] global, int storedDtypeBytes, boolean est) {
    int layers = perLayer[0].length;
    this.prefix = new long[LAYER_CLASSES][layers + 1];
    for (int c = 0; c < LAYER_CLASSES; c++) {
      for (int l = 0; l < layers; l++) {
        prefix[c][l + 1] = prefix[c][l] + perLayer[c][l];
      }
    }
    System.arraycopy(global, 0, this.global, 0, global.length);
    this.storedDtypeBytes = storedDtypeBytes;
    this.estimated = est;
  }

  /** A builder for a model of {@code layers} decoder layers. */
  public static Builder builder(int layers) {
    return new Builder(layers);
  }

  public int layers() {
    return prefix[0].length - 1;
  }

  /**
   * Bytes of a per-layer class ({@code SHARDED}, {@code KV_PROJECTION}, {@code EXPERTS}, {@code
   * REPLICATED}) in layers {@code [from, to)}, or of a non-layer class (range ignored).
   */
  public long bytes(WeightClass c, int from, int to) {
    int i = c.ordinal();
    return i < LAYER_CLASSES ? prefix[i][to] - prefix[i][from] : global[i];
  }

  /** Replicated tensors outside the decoder layers (final norm and the like), on the last stage. */
  public long outsideLayersReplicated() {
    return global[WeightClass.REPLICATED.ordinal()];
  }

  /** Every byte of the checkpoint. */
  public long totalBytes() {
    long sum = 0;
    for (WeightClass c : WeightClass.values()) {
      sum += bytes(c, 0, layers());
    }
    return sum + outsideLayersReplicated();
  }

  /**
   * This inventory with every class scaled by {@code factor} and {@code towerBytes} more in {@code
   * TOWER}: an estimate brought to the checkpoint's real total, the surplus of a multimodal model
   * going to its tower.
   */
  public WeightInventory calibrated(double factor, long towerBytes) {
    int layers = layers();
    long[][] perLayer = new long[LAYER_CLASSES][layers];
    for (int c = 0; c < LAYER_CLASSES; c++) {
      for (int l = 0; l < layers; l++) {
        perLayer[c][l] = Math.round((prefix[c][l + 1] - prefix[c][l]) * factor);
      }
    }
    long[] g = new long[global.length];
    for (int i = 0; i < g.length; i++) {
      g[i] = Math.round(global[i] * factor);
    }
    g[WeightClass.TOWER.ordinal()] += towerBytes;
    return new WeightInventory(perLayer, g, storedDtypeBytes, estimated);
  }

  /**
   * This inventory flagged {@code estimated} or not; a GGUF file's weights keep their types
   * whatever {@code --dtype} says ({@code storedDtypeBytes} 0).
   */
  WeightInventory withEstimated(boolean estimated, boolean gguf) {
    WeightInventory w = calibrated(1.0, 0);
    return new WeightInventory(w, gguf ? 0 : storedDtypeBytes, estimated);
  }

  private WeightInventory(WeightInventory w, int storedDtypeBytes, boolean estimated) {
    this.prefix = w.prefix;
    System.arraycopy(w.global, 0, this.global, 0, global.length);
    this.storedDtypeBytes = storedDtypeBytes;
    this.estimated = estimated;
  }

  public int storedDtypeBytes() {
    return storedDtypeBytes;
  }

  public boolean estimated() {
    return estimated;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightInventory w
        && Arrays.deepEquals(prefix, w.prefix)
        && Arrays.equals(global, w.global)
        && storedDtypeBytes == w.storedDtypeBytes
        && estimated == w.estimated;
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(prefix) * 31 + Arrays.hashCode(global);
  }

  /** Collects bytes tensor by tensor; layer -1 for tensors outside the decoder layers. */
  public static final class Builder {
    private final long[][] perLayer;
    private final long[] global = new long[WeightClass.values().length];
    private int storedDtypeBytes;
    private boolean estimated;

    private Builder(int layers) {
      if (layers < 1) {
        throw new IllegalArgumentException("layers must be >= 1, was " + layers);
      }
      perLayer = new long[LAYER_CLASSES][layers];
    }

    /**
     * Adds {@code bytes} of class {@code c}; a per-layer class outside a layer counts replicated.
     */
    public Builder add(int layer, WeightClass c, long bytes) {
      if (bytes < 0 || layer >= perLayer[0].length) {
        throw new IllegalArgumentException("bad tensor bytes " + bytes + " at layer " + layer);
      }
      int i = c.ordinal();
      if (i < LAYER_CLASSES && layer >= 0) {
        perLayer[i][layer] += bytes;
      } else if (i < LAYER_CLASSES) {
        global[WeightClass.REPLICATED.ordinal()] += bytes;
      } else {
        global[i] += bytes;
      }
      return this;
    }

    public Builder storedDtypeBytes(int bytes) {
      this.storedDtypeBytes = bytes;
      return this;
    }

    public Builder estimated(boolean estimated) {
      this.estimated = estimated;
      return this;
    }

    public WeightInventory build() {
      return new WeightInventory(perLayer, global, storedDtypeBytes, estimated);
    }
  }
}
