package io.github.modelconfig.domain.device;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Rule: which devices a model is placed on (reference §8.1, §3.2): the default is every visible
 * GPU, else the CPU; requested GPUs must exist; a CPU-only encoding on an all-GPU list is moved to
 * the CPU.
 */
public final class DevicePlacement {

  private DevicePlacement() {}

  public static List<DeviceSpec> defaults(List<Device> visible) {
    List<DeviceSpec> gpus = visible.stream().map(Device::spec).filter(DeviceSpec::isGpu).toList();
    return gpus.isEmpty() ? List.of(DeviceSpec.cpu()) : gpus;
  }

  /** Every requested GPU must be visible. */
  public static Validation<ConfigError, List<DeviceSpec>> existing(
      List<DeviceSpec> requested, List<Device> visible) {
    List<DeviceSpec> known = visible.stream().map(Device::spec).toList();
    List<DeviceSpec> missing =
        requested.stream().filter(s -> s.isGpu() && !known.contains(s)).toList();
    if (missing.isEmpty()) {
      return Validation.valid(requested);
    }
    List<DeviceSpec> gpus = known.stream().filter(DeviceSpec::isGpu).toList();
    return Validation.invalid(
        new ConfigError(
            ErrorCode.DEVICES_NOT_FOUND,
            "devices",
            "device specs provided "
                + missing
                + " do not exist; available devices: "
                + (gpus.isEmpty() ? "cpu only (no GPU found)" : gpus.toString())
                + ".",
            gpus.isEmpty()
                ? "Use --devices cpu, or plan for hardware you don't have with --target h100-80gb."
                : "Use --devices gpu:" + gpus.get(0).id() + " or --devices default."));
  }

  /** The discovered devices behind specs; the CPU is always visible. */
  public static List<Device> devicesFor(List<DeviceSpec> specs, List<Device> visible) {
    return specs.stream()
        .map(s -> Option.ofOptional(visible.stream().filter(d -> d.spec().equals(s)).findFirst()))
        .filter(Option::isDefined)
        .map(Option::get)
        .toList();
  }
}
