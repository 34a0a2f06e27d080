package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.control.Either;
import java.util.List;

/**
 * Driven-port decorator: the first GPU of a catalog (and its CPUs) with memory no model exceeds, so
 * that the resolve behind a plan never refuses a model for MAX's memory or multi-GPU rules; the
 * plan does its own accounting, and checks the layout, on the real devices.
 */
final class UnboundedDevices implements DeviceCatalog {

  static final long UNBOUNDED = 1L << 50;

  private final DeviceCatalog catalog;

  UnboundedDevices(DeviceCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Either<ConfigError, DeviceInventory> detect() {
    return catalog
        .detect()
        .map(
            inventory ->
                new DeviceInventory(
                    inventory.devices().stream()
                        .filter(d -> !d.spec().isGpu() || d.spec().id() == 0)
                        .map(UnboundedDevices::unbounded)
                        .toList(),
                    inventory.warnings()));
  }

  @Override
  public Either<ConfigError, List<String>> targets() {
    return catalog.targets();
  }

  private static Device unbounded(Device d) {
    return new Device(
        d.spec(),
        d.name(),
        d.uuid(),
        UNBOUNDED,
        UNBOUNDED,
        d.computeCapability(),
        d.source(),
        d.runtimeVisibleMemory());
  }
}
