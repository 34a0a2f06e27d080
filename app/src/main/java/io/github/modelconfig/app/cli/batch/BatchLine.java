package io.github.modelconfig.app.cli.batch;

import java.util.Objects;

/**
 * Batch value: one request line of a batch input, numbered from 1 as an editor counts lines (blank
 * and comment lines count too); {@code tooLong} when the line exceeded {@link BatchInput#MAX_LINE}
 * characters and its text is only the start.
 */
public record BatchLine(int number, String text, boolean tooLong) {

  public BatchLine {
    if (number < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + number);
    }
    Objects.requireNonNull(text, "text");
  }

  public BatchLine(int number, String text) {
    this(number, text, false);
  }
}
