package io.github.modelconfig.domain.model;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: sampling defaults from {@code generation_config.json}: the seven keys MAX keeps, each
 * present only when it differs from the transformers {@code GenerationConfig} default.
 */
public record SamplingDefaults(
    Option<Double> temperature,
    Option<Double> topP,
    Option<Long> topK,
    Option<Double> repetitionPenalty,
    Option<Long> maxNewTokens,
    Option<Long> minNewTokens,
    Option<Boolean> doSample) {

  public SamplingDefaults {
    Objects.requireNonNull(temperature);
    Objects.requireNonNull(topP);
    Objects.requireNonNull(topK);
    Objects.requireNonNull(repetitionPenalty);
    Objects.requireNonNull(maxNewTokens);
    Objects.requireNonNull(minNewTokens);
    Objects.requireNonNull(doSample);
  }

  public static SamplingDefaults none() {
    return from(RawModelConfig.empty());
  }

  /**
   * Keeps each key only when it differs from transformers' default (temperature 1.0, top_k 50, …).
   */
  public static SamplingDefaults from(RawModelConfig generation) {
    return new SamplingDefaults(
        generation.decimal("temperature").filter(v -> v != 1.0),
        generation.decimal("top_p").filter(v -> v != 1.0),
        generation.integer("top_k").filter(v -> v != 50L),
        generation.decimal("repetition_penalty").filter(v -> v != 1.0),
        generation.integer("max_new_tokens"),
        generation.integer("min_new_tokens").filter(v -> v != 0L),
        generation.bool("do_sample").filter(v -> v));
  }

  /** MAX turns penalties on when repetition_penalty is set to something other than 0 or 1. */
  public boolean enablePenalties() {
    return repetitionPenalty.exists(p -> p != 0.0 && p != 1.0);
  }
}
