package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.model.GgufModelFacts;
import io.github.modelconfig.domain.model.MlaShape;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.weights.GgufLayerBytes;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Rule: the {@link PlanModel} of a GGUF file from its header alone: the shape from the {@code
 * {arch}.*} keys ({@code block_count}, {@code embedding_length}, {@code attention.head_count(_kv)},
 * {@code feed_forward_length}, {@code expert_count}, {@code expert_used_count}, {@code
 * expert_feed_forward_length}, MLA's {@code attention.kv_lora_rank} and {@code
 * rope.dimension_count}), the weights per layer from the tensor infos ({@link GgufLayerBytes}): the
 * routed experts as {@code EXPERTS}, the rest of a layer as {@code SHARDED}, {@code token_embd} as
 * the embedding, {@code output} as the head (absent: tied), the rest replicated.
 */
public final class GgufPlanModels {

  private GgufPlanModels() {}

  /** The model, or Left naming what the header lacks. */
  public static Either<String, PlanModel> of(GgufMetadata gguf) {
    ModelFacts f = GgufModelFacts.extract(gguf);
    GgufLayerBytes bytes = gguf.layerBytes();
    String p = gguf.architecture().getOrElse("") + ".";
    if (f.numHiddenLayers().isEmpty()
        || f.numAttentionHeads().isEmpty()
        || f.hiddenSize().isEmpty()
        || f.headDim().isEmpty()
        || f.vocabSize().isEmpty()) {
      return Either.left(
          "the GGUF header lacks one of "
              + p
              + "block_count, attention.head_count, embedding_length, tokenizer.ggml.tokens");
    }
    int layers = f.numHiddenLayers().get().intValue();
    if (bytes.layerCount() != layers) {
      return Either.left(
          "the GGUF tensors name "
              + bytes.layerCount()
              + " layers (blk.N), the header "
              + p
              + "block_count "
              + layers);
    }
    long experts = gguf.integer(p + "expert_count").getOrElse(0L);
    Option<MlaShape> mla =
        gguf.integer(p + "attention.kv_lora_rank")
            .filter(r -> r > 0)
            .map(
                r ->
                    new MlaShape(
                        r,
                        gguf.integer(p + "rope.dimension_count").getOrElse(0L),
                        Option.none(),
                        Option.none()));
    ModelShape shape =
        new ModelShape(
            layers,
            f.hiddenSize().get(),
            f.numAttentionHeads().get(),
            f.numKeyValueHeads().getOrElse(f.numAttentionHeads().get()),
            f.headDim().get(),
            f.vocabSize().get(),
            gguf.integer(p + "feed_forward_length").getOrElse(4 * f.hiddenSize().get()),
            (int) experts,
            gguf.integer(p + "expert_used_count").getOrElse(experts > 0 ? 1L : 0L).intValue(),
            experts > 0 ? gguf.integer(p + "expert_feed_forward_length").getOrElse(0L) : 0,
            mla,
            bytes.outputBytes() == 0,
            2);
    // every layer counted full-attention: conservative for sliding-window GGUFs (gemma2/3)
    AttentionLayers kinds = AttentionLayers.uniform(layers);
    return Either.right(
        new PlanModel(
            gguf.architecture().getOrElse("gguf"),
            shape,
            kinds,
            inventory(bytes),
            f.maxPositionEmbeddings()));
  }

  /** The weight inventory of a GGUF file's tensors. */
  public static WeightInventory inventory(GgufLayerBytes bytes) {
    WeightInventory.Builder b = WeightInventory.builder(Math.max(1, bytes.layerCount()));
    for (int l = 0; l < bytes.layerCount(); l++) {
      b.add(l, WeightClass.EXPERTS, bytes.expertBytes(l))
          .add(l, WeightClass.SHARDED, bytes.layerBytes(l) - bytes.expertBytes(l));
    }
    return b.add(-1, WeightClass.EMBEDDING, bytes.tokenEmbeddingBytes())
        .add(-1, WeightClass.LM_HEAD, bytes.outputBytes())
        .add(-1, WeightClass.REPLICATED, bytes.otherBytes())
        .storedDtypeBytes(0)
        .build();
  }
}
