package io.github.modelconfig.domain.model;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value: a JSON object from a model file ({@code config.json}, {@code generation_config.json},
 * {@code model_index.json}) as typed data. Values are {@link String}, {@link Boolean}, {@link
 * Long}, {@link Double}, {@link List}, {@link RawModelConfig} or {@link #JSON_NULL}; key order is
 * kept.
 */
public final class RawModelConfig {

  /** Marks a key present with the value {@code null}. */
  public static final Object JSON_NULL = JsonNull.INSTANCE;

  private final Map<String, Object> values;

  private RawModelConfig(Map<String, Object> values) {
    this.values = values;
  }

  public static RawModelConfig of(Map<String, ?> values) {
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k), v == null ? JSON_NULL : v));
    return new RawModelConfig(Collections.unmodifiableMap(copy));
  }

  public static RawModelConfig empty() {
    return of(Map.of());
  }

  public Map<String, Object> values() {
    return values;
  }

  public boolean has(String key) {
    return values.containsKey(key) && values.get(key) != JSON_NULL;
  }

  public Option<Object> get(String key) {
    Object v = values.get(key);
    return v == null || v == JSON_NULL ? Option.none() : Option.of(v);
  }

  public Option<String> string(String key) {
    return get(key).filter(String.class::isInstance).map(String.class::cast);
  }

  /** An integral number; a whole double such as {@code 4096.0} counts too. */
  public Option<Long> integer(String key) {
    return get(key).flatMap(RawModelConfig::asLong);
  }

  public Option<Double> decimal(String key) {
    return get(key).filter(Number.class::isInstance).map(n -> ((Number) n).doubleValue());
  }

  public Option<Boolean> bool(String key) {
    return get(key).filter(Boolean.class::isInstance).map(Boolean.class::cast);
  }

  public Option<RawModelConfig> object(String key) {
    return get(key).filter(RawModelConfig.class::isInstance).map(RawModelConfig.class::cast);
  }

  public Option<List<?>> list(String key) {
    return get(key).filter(List.class::isInstance).map(l -> (List<?>) l);
  }

  /** The first of several alias keys that holds an integer. */
  public Option<Long> firstInteger(List<String> keys) {
    for (String key : keys) {
      Option<Long> v = integer(key);
      if (v.isDefined()) {
        return v;
      }
    }
    return Option.none();
  }

  public static Option<Long> asLong(Object v) {
    if (v instanceof Long l) {
      return Option.of(l);
    }
    if (v instanceof Integer i) {
      return Option.of(i.longValue());
    }
    if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return Option.of(d.longValue());
    }
    return Option.none();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawModelConfig other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }

  private enum JsonNull {
    INSTANCE;

    @Override
    public String toString() {
      return "null";
    }
  }
}
