package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.rope.RopeScaling;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule: derives {@link ModelFacts} from a {@code config.json}. Reads layer/head aliases ({@code
 * num_hidden_layers|num_layers|n_layer}, {@code num_attention_heads|n_head}), explicit {@code
 * head_dim} over hidden/heads, nested {@code text_config} (falling back to the text model's class
 * defaults), {@code rope_scaling|rope_parameters}, and MLA keys.
 */
final class ModelFactsExtractor {

  static final List<String> LAYERS = List.of("num_hidden_layers", "num_layers", "n_layer");
  static final List<String> HEADS = List.of("num_attention_heads", "n_head", "num_heads");
  static final List<String> KV_HEADS = List.of("num_key_value_heads", "num_kv_heads", "n_head_kv");
  static final List<String> HIDDEN = List.of("hidden_size", "n_embd", "d_model");
  static final List<String> MAX_POSITIONS =
      List.of("max_position_embeddings", "n_positions", "max_sequence_length", "seq_length");

  private ModelFactsExtractor() {}

  static ModelFacts extract(RawModelConfig config) {
    Option<RawModelConfig> nested = config.object("text_config");
    RawModelConfig text = nested.getOrElse(config);
    Map<String, Long> classDefaults =
        nested.isDefined() ? TextModelDefaults.of(text.string("model_type")) : Map.of();
    Set<String> defaulted = new HashSet<>();

    Option<Long> layers = fact(text, config, LAYERS, "num_hidden_layers", classDefaults, defaulted);
    Option<Long> heads = fact(text, config, HEADS, "num_attention_heads", classDefaults, defaulted);
    Option<Long> hidden = fact(text, config, HIDDEN, "hidden_size", classDefaults, defaulted);
    Option<Long> kvHeads = text.firstInteger(KV_HEADS).orElse(heads);
    Option<MlaShape> mla = mla(text);
    Option<Long> explicitHeadDim = text.integer("head_dim").filter(d -> d > 0);
    // MLA: the attention head's query/key width; hidden / heads is no width of such a model.
    Option<Long> headDim =
        mla.isDefined()
            ? mla.get().qkHeadDim().orElse(explicitHeadDim)
            : explicitHeadDim.orElse(
                () -> hidden.flatMap(h -> heads.filter(n -> n > 0).map(n -> h / n)));
    Option<Long> vocab = text.integer("vocab_size").orElse(config.integer("vocab_size"));
    Option<Long> maxPositions =
        fact(text, config, MAX_POSITIONS, "max_position_embeddings", classDefaults, defaulted);

    return new ModelFacts(
        config.list("architectures").map(ModelFactsExtractor::strings).getOrElse(List.of()),
        config.string("model_type"),
        layers,
        heads,
        kvHeads,
        headDim,
        hidden,
        vocab,
        maxPositions,
        ropeScaling(text).orElse(() -> ropeScaling(config)),
        slidingWindow(text),
        mla,
        dtypeText(config).flatMap(DType::parse),
        dtypeText(config),
        text.bool("tie_word_embeddings").orElse(config.bool("tie_word_embeddings")),
        config.object("quantization_config"),
        config.has("auto_map"),
        defaulted);
  }

  private static Option<Long> fact(
      RawModelConfig text,
      RawModelConfig top,
      List<String> aliases,
      String canonical,
      Map<String, Long> classDefaults,
      Set<String> defaulted) {
    Option<Long> value = text.firstInteger(aliases);
    if (value.isEmpty() && text != top) {
      value = top.firstInteger(aliases);
    }
    if (value.isEmpty() && classDefaults.containsKey(canonical)) {
      defaulted.add(canonical);
      value = Option.of(classDefaults.get(canonical));
    }
    return value;
  }

  /**
   * Reads rope_scaling (or rope_parameters); rope_type, legacy type; su means longrope; a default
   * type with an {@code mrope_section} (Qwen2-VL and Qwen3-VL's multimodal positions) is mrope.
   */
  static Option<RopeScaling> ropeScaling(RawModelConfig config) {
    return config
        .object("rope_scaling")
        .orElse(() -> config.object("rope_parameters"))
        .flatMap(
            scaling -> {
              Option<String> type =
                  scaling.string("rope_type").orElse(() -> scaling.string("type"));
              boolean mrope = scaling.has("mrope_section");
              return type.map(t -> t.equals("default") && mrope ? "mrope" : t)
                  .filter(t -> !t.equals("default"))
                  .map(t -> t.equals("su") ? "longrope" : t)
                  .map(t -> new RopeScaling(t, parameters(scaling)));
            });
  }

  private static Map<String, Object> parameters(RawModelConfig scaling) {
    Map<String, Object> params = new LinkedHashMap<>();
    scaling
        .values()
        .forEach(
            (k, v) -> {
              if (!k.equals("rope_type") && !k.equals("type") && v != RawModelConfig.JSON_NULL) {
                params.put(k, v instanceof RawModelConfig raw ? raw.values() : v);
              }
            });
    return params;
  }

  /** sliding_window, unless use_sliding_window is false. */
  static Option<Long> slidingWindow(RawModelConfig config) {
    if (config.bool("use_sliding_window").contains(false)) {
      return Option.none();
    }
    return config.integer("sliding_window");
  }

  static Option<MlaShape> mla(RawModelConfig config) {
    return config
        .integer("kv_lora_rank")
        .filter(r -> r > 0)
        .map(
            r ->
                new MlaShape(
                    r,
                    config.integer("qk_rope_head_dim").getOrElse(0L),
                    config.integer("qk_nope_head_dim").filter(d -> d > 0),
                    config.integer("v_head_dim").filter(d -> d > 0)));
  }

  /** torch_dtype, or dtype (transformers v5 naming). */
  static Option<String> dtypeText(RawModelConfig config) {
    Option<String> top = config.string("torch_dtype").orElse(() -> config.string("dtype"));
    return top.orElse(
        () ->
            config
                .object("text_config")
                .flatMap(t -> t.string("torch_dtype").orElse(() -> t.string("dtype"))));
  }

  private static List<String> strings(List<?> values) {
    return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }
}
