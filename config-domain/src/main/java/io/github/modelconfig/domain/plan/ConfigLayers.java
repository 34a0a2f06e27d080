package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.model.RawModelConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rule: the kind of each decoder layer from config.json: {@code layer_types} ({@code
 * sliding_attention}, {@code full_attention}, {@code linear_attention}, {@code mamba}) when given;
 * else {@code sliding_window_pattern} N (Gemma 3: every N-th layer full, the others sliding); else
 * Gemma 2's alternation (even layers sliding); else every layer full.
 */
final class ConfigLayers {

  private ConfigLayers() {}

  static AttentionLayers of(RawModelConfig config, int layers) {
    RawModelConfig text = ConfigShape.text(config);
    long window = text.integer("sliding_window").getOrElse(0L);
    List<LayerKind> kinds = new ArrayList<>(layers);
    var types = text.list("layer_types");
    if (types.isDefined() && types.get().size() == layers) {
      for (Object t : types.get()) {
        kinds.add(kind(String.valueOf(t)));
      }
    } else if (window > 0 && text.integer("sliding_window_pattern").isDefined()) {
      long n = text.integer("sliding_window_pattern").get();
      for (int i = 0; i < layers; i++) {
        kinds.add((i + 1) % n == 0 ? LayerKind.FULL : LayerKind.SLIDING);
      }
    } else if (window > 0 && text.string("model_type").contains("gemma2")) {
      for (int i = 0; i < layers; i++) {
        kinds.add(i % 2 == 0 ? LayerKind.SLIDING : LayerKind.FULL);
      }
    } else {
      return AttentionLayers.uniform(layers);
    }
    return new AttentionLayers(kinds, kinds.contains(LayerKind.SLIDING) ? window : 0, 0);
  }

  private static LayerKind kind(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    if (t.contains("sliding") || t.contains("local")) {
      return LayerKind.SLIDING;
    }
    return t.contains("linear") || t.contains("mamba") || t.contains("ssm")
        ? LayerKind.LINEAR
        : LayerKind.FULL;
  }
}
