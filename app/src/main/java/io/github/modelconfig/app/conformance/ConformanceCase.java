package io.github.modelconfig.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Conformance: one case as its {@code case.json} describes it (examples/conformance/README.md): its
 * id and kind, what it checks and where that rule comes from, the model folder to build (files
 * copied from the case's folder, weight files written from their headers), the files for the
 * working folder, the command line ({@code {model}} is the model folder), and the expectation.
 */
public record ConformanceCase(
    String id,
    String kind,
    String description,
    String source,
    Path folder,
    List<String> modelFiles,
    List<JsonNode> weights,
    List<String> workFiles,
    List<String> args,
    JsonNode expect) {

  /** The kinds of case, in report order. */
  public static final List<String> KINDS = List.of("max", "real-model", "difference", "error");

  public ConformanceCase {
    Objects.requireNonNull(id, "id");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException(id + ": kind is '" + kind + "'; one of " + KINDS);
    }
    modelFiles = List.copyOf(modelFiles);
    weights = List.copyOf(weights);
    workFiles = List.copyOf(workFiles);
    args = List.copyOf(args);
    if (!expect.has("exit_code")) {
      throw new IllegalArgumentException(id + ": expect.exit_code is required");
    }
  }

  /** Whether a model folder is built (the case names model files or weights). */
  public boolean hasModel() {
    return !modelFiles.isEmpty() || !weights.isEmpty();
  }
}
