package io.github.modelconfig.app.cli.batch;

import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import java.util.Map;
import java.util.Objects;

/**
 * Batch value: what a request line asks, as read: the options of a command line (parsed by the
 * command's own option model) or a JSON object keyed by field names, as a config file is.
 */
public sealed interface LineRequest {

  /** The line it was read from. */
  BatchLine line();

  /**
   * A line of options: {@code MODEL --max-length 4096 --target h100-80gb}; {@code parsed} is valid
   * until the thread that read it reads another line.
   */
  record Options(BatchLine line, ParseResult parsed) implements LineRequest {
    public Options {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(parsed, "parsed");
    }
  }

  /** A JSON object: {@code {"model_path": "...", "max_length": 4096}}, in the line's key order. */
  record Mapping(BatchLine line, Map<String, Object> object) implements LineRequest {
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
