package io.github.modelconfig.domain.memory;

import io.github.modelconfig.domain.device.Device;
import io.vavr.control.Option;
import java.util.List;

/**
 * Value: what the memory planner needs: the devices, the utilization, static bytes, KV sizing, and
 * the max length and batch size (user-given or default), and the data-parallel replicas.
 */
public record MemoryRequest(
    List<Device> devices,
    double deviceMemoryUtilization,
    long weightsBytes,
    long activationBytes,
    long kvBytesPerToken,
    int pageSize,
    Option<Long> userMaxLength,
    long defaultMaxLength,
    Option<Long> userMaxBatchSize,
    int dataParallelDegree) {

  public MemoryRequest {
    devices = List.copyOf(devices);
  }
}
