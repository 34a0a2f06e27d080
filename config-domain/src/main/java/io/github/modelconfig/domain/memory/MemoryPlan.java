package io.github.modelconfig.domain.memory;

import io.github.modelconfig.domain.device.Device;
import java.util.List;

/**
 * Value: the memory plan of a model on a device set: static bytes (weights, activations), KV cache
 * sizing, how many pages and tokens fit in the budget, the max length and batch size it allows, and
 * whether the request fits.
 */
public record MemoryPlan(
    List<Device> devices,
    long freeBytes,
    double deviceMemoryUtilization,
    int dataParallelDegree,
    long weightsBytes,
    long activationBytes,
    long kvBytesPerToken,
    long kvBytesPerPage,
    int pageSize,
    long kvCacheBytes,
    long numPages,
    long maxLength,
    long maxLengthThatFits,
    long maxBatchSize,
    long maxBatchAtMaxLength,
    boolean fits) {

  public MemoryPlan {
    devices = List.copyOf(devices);
  }

  /** Bytes the process may use: free memory times the utilization. */
  public long budgetBytes() {
    return (long) Math.floor(freeBytes * deviceMemoryUtilization);
  }

  /** Tokens the allocable pages hold, over all data-parallel replicas. */
  public long kvTokenCapacity() {
    return numPages * pageSize * dataParallelDegree;
  }

  /** The share of the plan on one device: weights and KV split evenly over the devices. */
  public long perDevice(long bytes) {
    return devices.isEmpty() ? bytes : bytes / devices.size();
  }
}
