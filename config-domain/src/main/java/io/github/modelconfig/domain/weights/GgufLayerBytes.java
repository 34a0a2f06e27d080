package io.github.modelconfig.domain.weights;

import java.util.Arrays;

/**
 * Value: a GGUF file's tensor bytes by decoder layer, as llama.cpp places them: {@code blk.N.*}
 * tensors per layer N, of which the routed-expert tensors ({@code *_exps}, llama.cpp's {@code
 * LLM_FFN_EXPS_REGEX} in common/common.h, what {@code --n-cpu-moe} keeps on the CPU) separately;
 * the token embedding ({@code token_embd.*}, always on the CPU), the output head ({@code output.*},
 * on a GPU only when every layer is) and everything else outside the layers. Bounded: at most
 * {@link #MAX_LAYERS} layers are kept; tensors of higher layers count as outside.
 */
public final class GgufLayerBytes {

  /** More layers than any published model has (DeepSeek-V3: 61; Llama-3.1-405B: 126). */
  public static final int MAX_LAYERS = 4096;

  public static final GgufLayerBytes EMPTY = new Builder().build();

  private final long[] layers;
  private final long[] experts;
  private final long tokenEmbedding;
  private final long output;
  private final long other;

  private GgufLayerBytes(long[] layers, long[] experts, long embedding, long output, long other) {
    this.layers = layers;
    this.experts = experts;
    this.tokenEmbedding = embedding;
    this.output = output;
    this.other = other;
  }

  /** Layers seen: one past the highest {@code blk.N} index. */
  public int layerCount() {
    return layers.length;
  }

  /** Bytes of layer {@code i}, experts included. */
  public long layerBytes(int i) {
    return layers[i];
  }

  /** Bytes of layer {@code i}'s routed-expert tensors. */
  public long expertBytes(int i) {
    return experts[i];
  }

  public long tokenEmbeddingBytes() {
    return tokenEmbedding;
  }

  public long outputBytes() {
    return output;
  }

  /** Bytes outside the layers that are neither the token embedding nor the output head. */
  public long otherBytes() {
    return other;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GgufLayerBytes g
        && Arrays.equals(layers, g.layers)
        && Arrays.equals(experts, g.experts)
        && tokenEmbedding == g.tokenEmbedding
        && output == g.output
        && other == g.other;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(layers) * 31 + Long.hashCode(tokenEmbedding + output + other);
  }

  @Override
  public String toString() {
    return "GgufLayerBytes[layers=" + layers.length + ", embd=" + tokenEmbedding + "]";
  }

  /** Collects tensors one by one, by name. */
  public static final class Builder {
    private long[] layers = new long[0];
    private long[] experts = new long[0];
    private long embedding;
    private long output;
    private long other;

    /** Adds a tensor named {@code name} of {@code bytes} bytes. */
    public Builder add(CharSequence name, long bytes) {
      int layer = GgufTensorNames.layer(name);
      if (layer >= 0 && layer < MAX_LAYERS) {
        grow(layer + 1);
        layers[layer] = Math.addExact(layers[layer], bytes);
        if (GgufTensorNames.routedExpert(name)) {
          experts[layer] = Math.addExact(experts[layer], bytes);
        }
      } else if (GgufTensorNames.startsWith(name, "token_embd.")) {
        embedding = Math.addExact(embedding, bytes);
      } else if (GgufTensorNames.startsWith(name, "output.")) {
        output = Math.addExact(output, bytes);
      } else {
        other = Math.addExact(other, bytes);
      }
      return this;
    }

    private void grow(int size) {
      if (size > layers.length) {
        layers = Arrays.copyOf(layers, size);
        experts = Arrays.copyOf(experts, size);
      }
    }

    public GgufLayerBytes build() {
      return new GgufLayerBytes(layers.clone(), experts.clone(), embedding, output, other);
    }
  }
}
