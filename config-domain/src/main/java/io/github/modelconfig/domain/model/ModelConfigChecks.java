package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule: the shape numbers of {@code config.json} (and its {@code text_config}) that sizes are
 * computed from must be whole numbers in a plausible range, so that a corrupt or hostile config is
 * reported by field instead of turning into negative or overflowing memory figures. Absent and
 * {@code null} keys are fine (they fall back to defaults).
 */
public final class ModelConfigChecks {

  /** Upper bounds far above any published model, low enough that products cannot overflow. */
  private static final Map<String, Long> LIMITS = limits();

  private ModelConfigChecks() {}

  private static Map<String, Long> limits() {
    Map<String, Long> m = new LinkedHashMap<>();
    ModelFactsExtractor.LAYERS.forEach(k -> m.put(k, 10_000L));
    ModelFactsExtractor.HEADS.forEach(k -> m.put(k, 65_536L));
    ModelFactsExtractor.KV_HEADS.forEach(k -> m.put(k, 65_536L));
    ModelFactsExtractor.HIDDEN.forEach(k -> m.put(k, 1L << 24));
    ModelFactsExtractor.MAX_POSITIONS.forEach(k -> m.put(k, 1L << 32));
    m.put("head_dim", 65_536L);
    m.put("vocab_size", 1L << 32);
    m.put("kv_lora_rank", 65_536L);
    m.put("qk_rope_head_dim", 65_536L);
    m.put("qk_nope_head_dim", 65_536L);
    m.put("v_head_dim", 65_536L);
    return m;
  }

  /** The config (none: no config.json), or every shape number out of range. */
  public static Validation<Seq<ConfigError>, Option<RawModelConfig>> check(
      Option<RawModelConfig> config) {
    List<ConfigError> errors = new ArrayList<>();
    config.forEach(
        c -> {
          check(c, "", errors);
          c.object("text_config").forEach(t -> check(t, "text_config.", errors));
        });
    return errors.isEmpty() ? Validation.valid(config) : Validation.invalid(Vector.ofAll(errors));
  }

  private static void check(RawModelConfig config, String prefix, List<ConfigError> errors) {
    int before = errors.size();
    LIMITS.forEach(
        (key, max) ->
            config
                .get(key)
                .filter(v -> v != RawModelConfig.JSON_NULL)
                .forEach(
                    value -> {
                      Option<Long> n = RawModelConfig.asLong(value);
                      if (n.isEmpty() || n.get() < 1 || n.get() > max) {
                        errors.add(invalid(prefix + key, value, max));
                      }
                    }));
    if (errors.size() == before) {
      headsPerKvHead(config, prefix).forEach(errors::add);
    }
  }

  /**
   * Grouped-query attention shares each KV head among a whole number of query heads: {@code
   * num_attention_heads} must be a multiple of {@code num_key_value_heads}.
   */
  private static Option<ConfigError> headsPerKvHead(RawModelConfig config, String prefix) {
    Option<Long> heads = config.firstInteger(ModelFactsExtractor.HEADS);
    Option<Long> kvHeads = config.firstInteger(ModelFactsExtractor.KV_HEADS);
    if (heads.isEmpty() || kvHeads.isEmpty() || heads.get() % kvHeads.get() == 0) {
      return Option.none();
    }
    String kvKey =
        ModelFactsExtractor.KV_HEADS.stream().filter(config::has).findFirst().orElse("?");
    return Option.of(
        new ConfigError(
            ErrorCode.INVALID_MODEL_CONFIG,
            "config.json:" + prefix + kvKey,
            "config.json has "
                + prefix
                + kvKey
                + " = "
                + kvHeads.get()
                + " with "
                + heads.get()
                + " attention heads; the attention heads must be a multiple of the KV heads"
                + " (each KV head serves a whole group of query heads).",
            "Fix "
                + kvKey
                + " in config.json (a divisor of "
                + heads.get()
                + "), or use another copy of the model."));
  }

  private static ConfigError invalid(String key, Object value, long max) {
    String found = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    return new ConfigError(
        ErrorCode.INVALID_MODEL_CONFIG,
        "config.json:" + key,
        "config.json has "
            + key
            + " = "
            + found
            + "; it must be a whole number from 1 to "
            + max
            + ".",
        "Fix "
            + key
            + " in config.json (compare with the model's original config), or use "
            + "another copy of the model.");
  }
}
