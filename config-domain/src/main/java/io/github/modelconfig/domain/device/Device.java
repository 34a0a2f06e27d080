package io.github.modelconfig.domain.device;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: a device that was discovered or taken from a target catalog, with its memory in bytes and
 * where the facts came from ({@code nvidia-smi}, {@code /proc/meminfo}, {@code target:h100-80gb}).
 * {@code runtimeVisibleMemory} is the total a CUDA/HIP runtime reports ({@code
 * torch.cuda.mem_get_info}), lower than the vendor tool's total, when the catalog knows it.
 */
public record Device(
    DeviceSpec spec,
    String name,
    Option<String> uuid,
    long totalMemory,
    long freeMemory,
    Option<String> computeCapability,
    String source,
    Option<Long> runtimeVisibleMemory) {

  /** A device whose runtime-visible total is not known. */
  public Device(
      DeviceSpec spec,
      String name,
      Option<String> uuid,
      long totalMemory,
      long freeMemory,
      Option<String> computeCapability,
      String source) {
    this(spec, name, uuid, totalMemory, freeMemory, computeCapability, source, Option.none());
  }

  public Device {
    Objects.requireNonNull(runtimeVisibleMemory, "runtimeVisibleMemory");
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
