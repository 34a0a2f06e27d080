package io.github.modelconfig.app.cli.batch;

import java.util.Map;
import java.util.Objects;

/**
 * Batch value: what a request line asks, as read: the options of a command line (as the command
 * reads its own parsed options, {@code T}) or a JSON object keyed by field names, as a config file
 * is.
 */
public sealed interface LineRequest<T> {

  /** The line it was read from. */
  BatchLine line();

  /** A line of options: {@code MODEL --max-length 4096 --target h100-80gb}. */
  record Options<T>(BatchLine line, T options) implements LineRequest<T> {
    public Options {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(options, "options");
    }
  }

  /** A JSON object: {@code {"model_path": "...", "max_length": 4096}}, in the line's key order. */
  record Mapping<T>(BatchLine line, Map<String, Object> object) implements LineRequest<T> {
    public Mapping {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(object, "object");
    }

    /** How the mapping is named in errors and provenance details. */
    public String shownAs() {
      return "line " + line.number();
    }
  }
}
