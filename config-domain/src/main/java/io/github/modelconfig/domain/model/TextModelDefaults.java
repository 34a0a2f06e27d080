package io.github.modelconfig.domain.model;

import io.vavr.control.Option;
import java.util.Map;

/**
 * Rule: the transformers class defaults of the text models that multimodal configs nest in {@code
 * text_config} and often leave sparse (LLaVA's text_config omits the Llama shape).
 */
final class TextModelDefaults {

  private static final Map<String, Long> LLAMA =
      Map.of(
          "num_hidden_layers", 32L,
          "num_attention_heads", 32L,
          "hidden_size", 4096L,
          "max_position_embeddings", 2048L);

  private TextModelDefaults() {}

  /** The class defaults of the text model type, or none when the type is unknown. */
  static Map<String, Long> of(Option<String> modelType) {
    return modelType.map(t -> t.equals("llama") ? LLAMA : Map.<String, Long>of()).getOrElse(LLAMA);
  }
}
