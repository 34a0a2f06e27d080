package io.github.modelconfig.domain.weights;

/**
 * Value: what the tensors of one dtype (a safetensors dtype string or a ggml type name) add up to
 * in a weight-file header: how many tensors, their elements and their bytes of data.
 */
public record TensorTotals(long tensors, long parameters, long bytes) {

  public static final TensorTotals NONE = new TensorTotals(0, 0, 0);

  public TensorTotals {
    if (tensors < 0 || parameters < 0 || bytes < 0) {
      throw new IllegalArgumentException(
          "negative totals: " + tensors + " tensors, " + parameters + " parameters, " + bytes);
    }
  }

  /** These totals with one more tensor of {@code parameters} elements and {@code bytes} bytes. */
  public TensorTotals plus(long parameters, long bytes) {
    return new TensorTotals(
        tensors + 1, Math.addExact(this.parameters, parameters), Math.addExact(this.bytes, bytes));
  }

  /** The sum of two totals. */
  public TensorTotals plus(TensorTotals other) {
    return new TensorTotals(
        Math.addExact(tensors, other.tensors),
        Math.addExact(parameters, other.parameters),
        Math.addExact(bytes, other.bytes));
  }
}
