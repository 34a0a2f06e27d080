package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * Rule: a check across fields (no model and no weight path), run as soon as the field {@code after}
 * is bound, so its error takes its place among the others.
 */
public record FieldCheck(Field<?> after, Function<BoundFields, Option<ConfigError>> check) {

  public FieldCheck {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(check, "check");
  }
}
