package io.github.modelconfig.app.conformance;

import java.util.Objects;

/**
 * Conformance: one way an output differs from a case's expectation: where (a JSON Pointer into the
 * output, or {@code exit_code}), what was expected, what was found (JSON text, or absent).
 */
public record Difference(String pointer, String expected, String actual) {

  public Difference {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  @Override
  public String toString() {
    return pointer + ": expected " + expected + ", got " + actual;
  }
}
