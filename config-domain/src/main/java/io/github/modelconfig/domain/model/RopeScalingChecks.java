package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: the numbers of {@code rope_scaling} (or {@code rope_parameters}, in config.json and its
 * {@code text_config}) must be finite, a {@code factor} positive and {@code
 * original_max_position_embeddings} a whole number, so a corrupt or hostile value is reported by
 * field instead of turning into nonsense lengths; a factor below 1 is a warning, as transformers
 * gives one ({@code modeling_rope_utils.py}: "factor field must be a float >= 1").
 */
public final class RopeScalingChecks {

  /** Keys transformers reads as numbers (linear, dynamic, yarn, llama3, longrope). */
  static final List<String> NUMBERS =
      List.of(
          "factor",
          "beta_fast",
          "beta_slow",
          "mscale",
          "mscale_all_dim",
          "attention_factor",
          "low_freq_factor",
          "high_freq_factor",
          "rope_theta",
          "partial_rotary_factor");

  static final List<String> FACTOR_LISTS = List.of("long_factor", "short_factor");

  private RopeScalingChecks() {}

  public static Checked<Option<RawModelConfig>> check(Option<RawModelConfig> config) {
    List<ConfigError> errors = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    config.forEach(
        c -> {
          scalings(c, "", errors, warnings);
          c.object("text_config").forEach(t -> scalings(t, "text_config.", errors, warnings));
        });
    return Checked.unless(errors, config).warn(warnings);
  }

  private static void scalings(
      RawModelConfig config, String prefix, List<ConfigError> errors, List<Warning> warnings) {
    for (String key : List.of("rope_scaling", "rope_parameters")) {
      config.object(key).forEach(s -> scaling(s, prefix + key + ".", errors, warnings));
    }
  }

  private static void scaling(
      RawModelConfig s, String prefix, List<ConfigError> errors, List<Warning> warnings) {
    for (String key : NUMBERS) {
      s.get(key)
          .forEach(
              v -> {
                if (!finite(v)) {
                  errors.add(invalid(prefix + key, v, "a finite number"));
                } else if (key.equals("factor") && ((Number) v).doubleValue() <= 0) {
                  errors.add(invalid(prefix + key, v, "a number above 0 (1 or more)"));
                } else if (key.equals("factor") && ((Number) v).doubleValue() < 1) {
                  warnings.add(
                      new Warning(
                          WarningCode.ROPE_SCALING_SUSPECT,
                          "config.json has "
                              + prefix
                              + key
                              + " = "
                              + v
                              + "; transformers expects a factor of 1 or more."));
                }
              });
    }
    s.get("original_max_position_embeddings")
        .filter(v -> RawModelConfig.asLong(v).filter(n -> n >= 1 && n <= 1L << 32).isEmpty())
        .forEach(
            v ->
                errors.add(
                    invalid(
                        prefix + "original_max_position_embeddings", v, "a whole number from 1")));
    for (String key : FACTOR_LISTS) {
      s.list(key)
          .filter(l -> !l.stream().allMatch(RopeScalingChecks::finite))
          .forEach(l -> errors.add(invalid(prefix + key, "a list", "a list of finite numbers")));
    }
  }

  private static boolean finite(Object v) {
    return v instanceof Number n && Double.isFinite(n.doubleValue());
  }

  private static ConfigError invalid(String key, Object value, String allowed) {
    String found = value instanceof String str ? "\"" + str + "\"" : String.valueOf(value);
    return new ConfigError(
        ErrorCode.INVALID_MODEL_CONFIG,
        "config.json:" + key,
        "config.json has " + key + " = " + found + "; it must be " + allowed + ".",
        "Fix " + key + " in config.json (compare with the model's original config).");
  }
}
