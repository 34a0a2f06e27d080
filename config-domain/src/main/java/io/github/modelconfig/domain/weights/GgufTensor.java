package io.github.modelconfig.domain.weights;

import java.util.List;
import java.util.Objects;

/**
 * Value: one tensor info of a GGUF file: name, dimensions innermost first, ggml type id and name
 * ({@code TYPE_<id>} when unknown), offset relative to the tensor data, and its byte size.
 */
public record GgufTensor(
    String name, List<Long> dims, int typeId, String typeName, long offset, long bytes) {

  public GgufTensor {
    Objects.requireNonNull(name, "name");
    dims = List.copyOf(dims);
    Objects.requireNonNull(typeName, "typeName");
    if (offset < 0 || bytes < 0) {
      throw new IllegalArgumentException("negative offset or size of tensor " + name);
    }
  }

  /** Number of elements: the product of the dimensions. */
  public long parameterCount() {
    long n = 1;
    for (long d : dims) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }
}
