package io.github.modelconfig.app.cli.lock;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Lock value: one way a resolution drifted from its lockfile: a stable code ({@code
 * lock_model_changed}, {@code lock_commit_changed}, {@code lock_file_changed}, {@code
 * lock_file_missing}, {@code lock_file_added}, {@code lock_resolution_changed}), what it concerns
 * (the commit, a file's path, or a JSON Pointer into the resolution) and what changed.
 */
public record Drift(String code, String field, String message) {

  public static final String HINT_TEXT =
      "If the change is intended, write a new lockfile with --lock FILE; else pin the locked commit"
          + " with --huggingface-model-revision.";

  public Drift {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** As an entry of the errors schema's {@code errors}. */
  public Map<String, Object> json() {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("code", code);
    j.put("field", field);
    j.put("message", message);
    j.put("hint", HINT_TEXT);
    return j;
  }
}
