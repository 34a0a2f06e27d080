package io.github.modelconfig.domain.device;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: a device that was discovered or taken from a target catalog, with its memory in bytes and
 * where the facts came from ({@code nvidia-smi}, {@code /proc/meminfo}, {@code target:h100-80gb}).
 */
public record Device(
    DeviceSpec spec,
    String name,
    Option<String> uuid,
    long totalMemory,
    long freeMemory,
    Option<String> computeCapability,
    String source) {

  public Device {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(computeCapability, "computeCapability");
    Objects.requireNonNull(source, "source");
    if (totalMemory < 0 || freeMemory < 0) {
      throw new IllegalArgumentException(
          "memory must be >= 0, was total=" + totalMemory + " free=" + freeMemory);
    }
  }
}
