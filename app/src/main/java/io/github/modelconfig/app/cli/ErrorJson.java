package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.error.ConfigError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CLI: the JSON view of a failure: {@code {"$schema": ERRORS, "errors":[{code, field, message,
 * hint}]}}.
 */
public final class ErrorJson {

  private ErrorJson() {}

  /** The failure object of {@code errors}. */
  public static Map<String, Object> of(List<ConfigError> errors) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put(OutputSchema.KEY, OutputSchema.ERRORS.id());
    j.put("errors", errors.stream().map(ErrorJson::error).toList());
    return j;
  }

  private static Map<String, Object> error(ConfigError e) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("code", e.code().wireName());
    j.put("field", e.field());
    j.put("message", e.message());
    j.put("hint", e.hint());
    return j;
  }
}
