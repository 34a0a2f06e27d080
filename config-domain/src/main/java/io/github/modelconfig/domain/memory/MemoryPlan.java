package io.github.modelconfig.domain.memory;

import io.github.modelconfig.domain.device.Device;
import java.util.List;

/**
 * Value: the memory plan of a model on a device set: static bytes (weights, activations), KV cache
 * sizing, how many pages and tokens fit in the budget, and whether the request fits.
 */
public record MemoryPlan(
    List<Device> devices,
    long freeBytes,
    double deviceMemoryUtilization,
    long weightsBytes,
    long activationBytes,
    long kvBytesPerToken,
    long kvBytesPerPage,
    long kvCacheBytes,
    long numPages,
    long maxLengthThatFits,
    long maxBatchSize,
    boolean fits) {

  public MemoryPlan {
    devices = List.copyOf(devices);
  }

  /** Bytes the process may use: free memory times the utilization. */
  public long budgetBytes() {
    return (long) Math.floor(freeBytes * deviceMemoryUtilization);
  }
}
