package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.rope.RopeScaling;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Value: the facts a resolver derives from {@code config.json}: shape of the transformer, context
 * length, RoPE scaling, dtype, quantization config; {@code defaulted} names the facts that came
 * from class defaults rather than the file. {@code headDim} is an attention head's width (for MLA
 * its query/key width); the KV cache's per-head width is {@link #kvHeadDimForCache()}.
 */
public record ModelFacts(
    List<String> architectures,
    Option<String> modelType,
    Option<Long> numHiddenLayers,
    Option<Long> numAttentionHeads,
    Option<Long> numKeyValueHeads,
    Option<Long> headDim,
    Option<Long> hiddenSize,
    Option<Long> vocabSize,
    Option<Long> maxPositionEmbeddings,
    Option<RopeScaling> ropeScaling,
    Option<Long> slidingWindow,
    Option<MlaShape> mla,
    Option<DType> torchDtype,
    Option<String> torchDtypeText,
    Option<Boolean> tieWordEmbeddings,
    Option<RawModelConfig> quantizationConfig,
    boolean hasAutoMap,
    Set<String> defaulted) {

  public ModelFacts {
    architectures = List.copyOf(architectures);
    defaulted = Collections.unmodifiableSet(new TreeSet<>(defaulted));
    Objects.requireNonNull(modelType, "modelType");
  }

  /** The facts of config.json when there is one, else of a GGUF header, else none. */
  public static Option<ModelFacts> of(Option<RawModelConfig> config, Option<GgufMetadata> gguf) {
    return config.map(ModelFactsExtractor::extract).orElse(() -> gguf.map(GgufModelFacts::extract));
  }

  /** The attention layout: MLA when {@code kv_lora_rank} is present, else by KV heads vs heads. */
  public Option<AttentionKind> attention() {
    if (mla.isDefined()) {
      return Option.of(AttentionKind.MLA);
    }
    return numAttentionHeads.flatMap(
        heads ->
            numKeyValueHeads.map(
                kv ->
                    kv.equals(heads)
                        ? AttentionKind.MHA
                        : kv == 1 ? AttentionKind.MQA : AttentionKind.GQA));
  }

  /** KV heads stored per layer: 1 latent head for MLA. */
  public Option<Long> kvHeadsForCache() {
    return mla.isDefined() ? Option.of(1L) : numKeyValueHeads;
  }

  /** Elements per KV head: the latent width for MLA, else head_dim. */
  public Option<Long> kvHeadDimForCache() {
    return mla.isDefined() ? mla.map(MlaShape::latentDim) : headDim;
  }

  /** The value width of an attention head where it differs from head_dim (MLA's v_head_dim). */
  public Option<Long> vHeadDim() {
    return mla.flatMap(MlaShape::vHeadDim);
  }
}
