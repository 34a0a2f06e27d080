package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.error.Category;
import io.github.modelconfig.domain.error.ConfigError;
import java.util.List;

/** CLI: the exit codes of the README, derived from the errors' categories. */
public enum ExitCode {
  OK(0),
  BUG(1),
  INVALID(2),
  NOT_FOUND(3),
  AUTH(4),
  NETWORK(5),
  /** The output differs from what was expected: failed conformance cases, a lockfile's drift. */
  MISMATCH(6);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The exit code of one category of problem. */
  public static ExitCode of(Category category) {
    return switch (category) {
      case REQUEST, MODEL, FIT -> INVALID;
      case NOT_FOUND -> NOT_FOUND;
      case UNAUTHORIZED -> AUTH;
      case UNAVAILABLE -> NETWORK;
    };
  }

  /** The exit code of a failure: its errors' category when they share one, else invalid (2). */
  public static ExitCode of(List<ConfigError> errors) {
    List<Category> categories = errors.stream().map(ConfigError::category).distinct().toList();
    return categories.size() == 1 ? of(categories.get(0)) : INVALID;
  }
}
