package io.github.modelconfig.domain.error;

import java.util.Objects;

/** Problem report: The model's files are missing, malformed or unsupported. */
public record ModelError(String code, String field, String message, String hint)
    implements ConfigError {

  public ModelError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }
}
