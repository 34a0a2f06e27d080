package io.github.modelconfig.domain.weights;

import java.util.List;
import java.util.Objects;

/**
 * Value: one tensor of a weight file: name, dtype as the file spells it, shape, byte span in the
 * data.
 */
public record TensorInfo(String name, String dtype, List<Long> shape, long begin, long end) {

  public TensorInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dtype, "dtype");
    shape = List.copyOf(shape);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "invalid byte span [" + begin + ", " + end + ") of " + name);
    }
  }

  /** Number of elements: the product of the shape (1 for a scalar). */
  public long parameterCount() {
    long n = 1;
    for (long d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }
}
