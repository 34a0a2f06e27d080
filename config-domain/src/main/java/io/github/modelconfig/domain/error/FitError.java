package io.github.modelconfig.domain.error;

import java.util.Objects;

/** Problem report: The model does not fit the devices with the requested settings. */
public record FitError(String code, String field, String message, String hint)
    implements ConfigError {

  public FitError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }
}
