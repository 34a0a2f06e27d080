package io.github.modelconfig.domain.weights;

import java.util.Objects;

/** Value: a GGUF metadata array summarised by element type name and length, never its elements. */
public record GgufArray(String elementType, long count) {

  public GgufArray {
    Objects.requireNonNull(elementType, "elementType");
    if (count < 0) {
      throw new IllegalArgumentException("negative array length");
    }
  }
}
