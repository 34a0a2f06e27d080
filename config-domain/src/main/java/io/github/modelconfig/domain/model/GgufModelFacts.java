package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.rope.RopeScaling;
import io.github.modelconfig.domain.weights.GgufArray;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule: the {@link ModelFacts} of a GGUF-only repo from its header (spec §9.2): {@code
 * general.architecture} mapped to a transformers class, and the {@code {arch}.*} shape keys, so a
 * repo resolves without {@code config.json}.
 */
public final class GgufModelFacts {

  private static final Map<String, String> CLASSES =
      Map.ofEntries(
          Map.entry("llama", "LlamaForCausalLM"),
          Map.entry("mistral", "MistralForCausalLM"),
          Map.entry("qwen2", "Qwen2ForCausalLM"),
          Map.entry("qwen3", "Qwen3ForCausalLM"),
          Map.entry("qwen2moe", "Qwen2MoeForCausalLM"),
          Map.entry("qwen3moe", "Qwen3MoeForCausalLM"),
          Map.entry("gemma", "GemmaForCausalLM"),
          Map.entry("gemma2", "Gemma2ForCausalLM"),
          Map.entry("gemma3", "Gemma3ForCausalLM"),
          Map.entry("phi3", "Phi3ForCausalLM"),
          Map.entry("granite", "GraniteForCausalLM"),
          Map.entry("olmo", "OlmoForCausalLM"),
          Map.entry("olmo2", "Olmo2ForCausalLM"),
          Map.entry("exaone", "ExaoneForCausalLM"),
          Map.entry("deepseek2", "DeepseekV2ForCausalLM"),
          Map.entry("gpt2", "GPT2LMHeadModel"),
          Map.entry("bert", "BertModel"));

  private GgufModelFacts() {}

  /** The transformers class for a GGUF architecture; none when there is no known one. */
  public static Option<String> architectureClass(String ggufArchitecture) {
    return Option.of(CLASSES.get(ggufArchitecture));
  }

  public static ModelFacts extract(GgufMetadata gguf) {
    String arch = gguf.architecture().getOrElse("");
    String p = arch + ".";
    Set<String> defaulted = new HashSet<>();
    Option<Long> heads = gguf.integer(p + "attention.head_count");
    Option<Long> hidden = gguf.integer(p + "embedding_length");
    Option<Long> kvHeads = gguf.integer(p + "attention.head_count_kv");
    if (kvHeads.isEmpty() && heads.isDefined()) {
      defaulted.add("num_key_value_heads");
    }
    Option<Long> headDim = gguf.integer(p + "attention.key_length").filter(d -> d > 0);
    if (headDim.isEmpty()) {
      headDim = hidden.flatMap(h -> heads.filter(n -> n > 0).map(n -> h / n));
      headDim.forEach(d -> defaulted.add("head_dim"));
    }
    Option<Long> vocab =
        gguf.integer(p + "vocab_size")
            .orElse(
                () -> Option.of(gguf.arrays().get("tokenizer.ggml.tokens")).map(GgufArray::count));
    return new ModelFacts(
        architectureClass(arch).map(List::of).getOrElse(List.of()),
        gguf.architecture(),
        gguf.integer(p + "block_count"),
        heads,
        kvHeads.orElse(heads),
        headDim,
        hidden,
        vocab,
        gguf.integer(p + "context_length"),
        ropeScaling(gguf, p),
        gguf.integer(p + "attention.sliding_window"),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        false,
        defaulted);
  }

  private static Option<RopeScaling> ropeScaling(GgufMetadata gguf, String p) {
    Option<String> type = gguf.string(p + "rope.scaling.type").filter(t -> !t.equals("none"));
    if (type.isEmpty()) {
      return Option.none();
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    gguf.decimal(p + "rope.scaling.factor").forEach(f -> parameters.put("factor", f));
    gguf.integer(p + "rope.scaling.original_context_length")
        .forEach(n -> parameters.put("original_max_position_embeddings", n));
    gguf.decimal(p + "rope.freq_base").forEach(t -> parameters.put("rope_theta", t));
    return Option.of(new RopeScaling(type.get(), parameters));
  }
}
