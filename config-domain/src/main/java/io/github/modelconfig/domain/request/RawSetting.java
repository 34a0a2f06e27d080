package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.provenance.Source;
import java.util.Objects;

/**
 * Value: one setting as given, before validation: a string from a flag, or a typed value (String,
 * Boolean, Long, Double, List, Map) from a config file, with where it came from.
 */
public record RawSetting(Object value, Source source, String detail) {

  public RawSetting {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(detail, "detail");
  }

  public static RawSetting flag(String name, Object value) {
    return new RawSetting(value, Source.USER, "--" + name.replace('_', '-'));
  }
}
