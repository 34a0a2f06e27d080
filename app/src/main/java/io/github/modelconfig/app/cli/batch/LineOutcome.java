package io.github.modelconfig.app.cli.batch;

import io.github.modelconfig.app.cli.ErrorJson;
import io.github.modelconfig.app.cli.Json;
import io.github.modelconfig.app.cli.OutputSchema;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Batch value: the result of one request line: its status, its errors, and its JSON Lines record,
 * written in the worker so only text waits for its turn. The record is the command's own {@code
 * --json} object (or {@code {"errors":[...]}}) with two keys after its {@code $schema}: {@code
 * line} (the line's number) and {@code reference} (the model the line names, or null).
 */
public record LineOutcome(int line, LineStatus status, List<ConfigError> errors, String json) {

  public LineOutcome {
    Objects.requireNonNull(status, "status");
    errors = List.copyOf(errors);
    Objects.requireNonNull(json, "json");
  }

  /** A line the use case answered with {@code result} (the command's JSON object). */
  public static LineOutcome answered(
      BatchLine line, Option<String> reference, Map<String, Object> result) {
    return new LineOutcome(
        line.number(), LineStatus.RESOLVED, List.of(), record(line, reference, result));
  }

  /** A line that failed with {@code errors} ({@code status} is not {@link LineStatus#RESOLVED}). */
  public static LineOutcome failed(
      BatchLine line, Option<String> reference, LineStatus status, List<ConfigError> errors) {
    if (status == LineStatus.RESOLVED || errors.isEmpty()) {
      throw new IllegalArgumentException("a failed line has a failure status and errors");
    }
    return new LineOutcome(
        line.number(), status, errors, record(line, reference, ErrorJson.of(errors)));
  }

  /** A line whose run threw: a bug, reported on its line so the batch goes on. */
  static LineOutcome bug(BatchLine line, RuntimeException e) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", "internal_error");
    error.put("field", "");
    error.put("message", "Internal error: " + e);
    error.put(
        "hint", "This is a bug. Re-run the line alone with MODELCONFIG_DEBUG=1 and report it.");
    return new LineOutcome(
        line.number(),
        LineStatus.BUG,
        List.of(),
        record(
            line,
            Option.none(),
            Map.of(OutputSchema.KEY, OutputSchema.ERRORS.id(), "errors", List.of(error))));
  }

  private static String record(
      BatchLine line, Option<String> reference, Map<String, Object> result) {
    Map<String, Object> j = new LinkedHashMap<>();
    if (result.containsKey(OutputSchema.KEY)) {
      j.put(OutputSchema.KEY, result.get(OutputSchema.KEY));
    }
    j.put("line", line.number());
    j.put("reference", reference.getOrNull());
    j.putAll(result);
    return Json.line(j);
  }
}
