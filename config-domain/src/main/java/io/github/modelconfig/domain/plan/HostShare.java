package io.github.modelconfig.domain.plan;

/**
 * Value: what llama.cpp keeps in host memory: the token embedding, the first {@code onHost} layers
 * whole with their KV cache, the routed experts of the GPU layers among the first {@code cpuMoe},
 * the output head when it is not on a GPU, and a compute buffer when the CPU computes any layer.
 */
final class HostShare {

  final long weights;
  final long kv;
  final long compute;

  private HostShare(long weights, long kv, long compute) {
    this.weights = weights;
    this.kv = kv;
    this.compute = compute;
  }

  static HostShare of(LayerCosts c, int onHost, int cpuMoe, boolean headOnGpu) {
    long weights = c.embeddingBytes + (headOnGpu ? 0 : c.headBytes);
    long kv = 0;
    for (int l = 0; l < onHost; l++) {
      weights += c.weights[l];
      kv += c.kv[l];
    }
    for (int l = onHost; l < cpuMoe; l++) {
      weights += c.experts[l];
    }
    boolean computes = onHost > 0 || cpuMoe > 0 || !headOnGpu;
    return new HostShare(weights, kv, computes ? c.computeBytes : 0);
  }

  long total() {
    return weights + kv + compute;
  }
}
