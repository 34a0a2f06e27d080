package io.github.modelconfig.domain.diffusers;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Value: a diffusers pipeline from {@code model_index.json}: its class, version and components,
 * each with its library, class and parsed component config.
 */
public record DiffusersConfig(
    String className, Option<String> diffusersVersion, Map<String, Component> components) {

  public DiffusersConfig {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(diffusersVersion, "diffusersVersion");
    components = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
  }

  /** Value: one pipeline component. */
  public record Component(String library, String className, RawModelConfig configDict) {}
}
