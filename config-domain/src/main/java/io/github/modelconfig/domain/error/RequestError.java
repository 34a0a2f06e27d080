package io.github.modelconfig.domain.error;

import java.util.Objects;

/** Problem report: The user's request (flags, config file, builder) is invalid. */
public record RequestError(String code, String field, String message, String hint)
    implements ConfigError {

  public RequestError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }
}
