package io.github.modelconfig.domain.rope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Value: the model's RoPE scaling as declared in {@code config.json} ({@code rope_scaling} or
 * {@code rope_parameters}; reads {@code rope_type}, legacy {@code type}, with {@code su} meaning
 * longrope), with its numeric parameters kept by key.
 */
public record RopeScaling(String type, Map<String, Object> parameters) {

  public RopeScaling {
    Objects.requireNonNull(type, "type");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }
}
