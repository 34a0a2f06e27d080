package io.github.modelconfig.domain.memory;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.kvcache.KvCacheParams;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Value: what the memory planner needs: the devices, the utilization, static bytes (weights and
 * activations), the KV cache params, and the max length and batch size (user-given or default).
 */
record MemoryRequest(
    List<Device> devices,
    double deviceMemoryUtilization,
    long weightsBytes,
    long activationBytes,
    KvCacheParams kv,
    Option<Long> userMaxLength,
    long defaultMaxLength,
    Option<Long> userMaxBatchSize,
    long maxBatchInputTokens) {

  /** MAX's default {@code max_batch_input_tokens}. */
  public static final long DEFAULT_MAX_BATCH_INPUT_TOKENS = 8192;

  public MemoryRequest {
    devices = List.copyOf(devices);
    Objects.requireNonNull(kv, "kv");
    Objects.requireNonNull(userMaxLength, "userMaxLength");
    Objects.requireNonNull(userMaxBatchSize, "userMaxBatchSize");
  }

  public long maxLength() {
    return userMaxLength.getOrElse(defaultMaxLength);
  }
}
