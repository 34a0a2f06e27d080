package io.github.modelconfig.domain.plan;

/**
 * Value: where one device's memory goes under a runtime's accounting: the budget the runtime allows
 * itself ({@code visible * utilization}, or the whole device for llama.cpp), the weights of its
 * shard, the activation peak of the runtime's profiling run, the overhead it subtracts (non-torch
 * memory, communication buffers, CUDA graphs, compute buffers), the KV cache it allocates, and the
 * layers left on the host (llama.cpp; 0 elsewhere). {@link #headroomBytes()} is what remains; a
 * negative headroom means the device does not fit.
 */
public record DeviceAccount(
    int id,
    String name,
    long budgetBytes,
    long weightsBytes,
    long activationBytes,
    long overheadBytes,
    long kvCacheBytes,
    int offloadedLayers) {

  public DeviceAccount {
    if (weightsBytes < 0 || activationBytes < 0 || overheadBytes < 0 || kvCacheBytes < 0) {
      throw new IllegalArgumentException(
          "negative bytes on device " + id + ": " + weightsBytes + "/" + activationBytes);
    }
    if (offloadedLayers < 0) {
      throw new IllegalArgumentException("offloaded layers must be >= 0, was " + offloadedLayers);
    }
  }

  /** Budget left after weights, activations, overhead and KV cache (negative: over budget). */
  public long headroomBytes() {
    return budgetBytes - weightsBytes - activationBytes - overheadBytes - kvCacheBytes;
  }

  /** Bytes the runtime holds before its KV cache: weights + activation + overhead. */
  public long staticBytes() {
    return weightsBytes + activationBytes + overheadBytes;
  }
}
