package io.github.modelconfig.domain.error;

import java.util.Objects;

/** Problem report: something changed, guessed or left out instead of refused, with its code. */
public record Warning(WarningCode code, String message) {

  public Warning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
