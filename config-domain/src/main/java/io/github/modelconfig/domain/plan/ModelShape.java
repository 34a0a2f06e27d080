package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.model.MlaShape;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: the transformer dimensions a runtime's accounting needs: layers, hidden size, attention
 * heads and KV heads with their widths, vocabulary, MLP width (dense and per expert, with how many
 * experts a token uses), the MLA latent shape when there is one, whether the output head is tied to
 * the embedding, and the bytes of the compute dtype ({@code torch_dtype}, 2 for bfloat16).
 */
public record ModelShape(
    int numLayers,
    long hiddenSize,
    long numHeads,
    long numKvHeads,
    long headDim,
    long vocabSize,
    long intermediateSize,
    int numExperts,
    int expertsPerToken,
    long moeIntermediateSize,
    Option<MlaShape> mla,
    boolean tiedEmbeddings,
    int computeDtypeBytes) {

  public ModelShape {
    Objects.requireNonNull(mla, "mla");
    if (numLayers < 1 || hiddenSize < 1 || numHeads < 1 || numKvHeads < 1 || headDim < 1) {
      throw new IllegalArgumentException(
          "invalid shape layers=" + numLayers + " hidden=" + hiddenSize + " heads=" + numHeads);
    }
    if (vocabSize < 1 || intermediateSize < 0 || numExperts < 0 || expertsPerToken < 0) {
      throw new IllegalArgumentException("invalid vocab/MLP/experts " + vocabSize);
    }
    if (computeDtypeBytes < 1) {
      throw new IllegalArgumentException("compute dtype bytes must be >= 1");
    }
  }

  /** MLP width one token passes through: the dense width, or experts used times their width. */
  public long activeIntermediateSize() {
    return numExperts > 0 ? expertsPerToken * moeIntermediateSize : intermediateSize;
  }

  /** Elements one layer caches per token at tp=1: K and V of every KV head, or MLA's latent. */
  public long kvElementsPerLayer() {
    return mla.isDefined() ? mla.get().latentDim() : 2 * numKvHeads * headDim;
  }
}
