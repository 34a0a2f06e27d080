package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.Warning;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * Driven adapter: the devices of this host from several probes in order (GPUs numbered 0..n-1
 * across them), and the what-if target names of the catalog.
 */
final class DiscoveredDeviceCatalog implements DeviceCatalog {

  private final List<Probe> probes;
  private final KnownTargets targets;

  DiscoveredDeviceCatalog(List<Probe> probes, KnownTargets targets) {
    this.probes = List.copyOf(probes);
    this.targets = targets;
  }

  @Override
  public Either<ConfigError, DeviceInventory> detect() {
    List<Device> devices = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    int nextGpu = 0;
    for (Probe probe : probes) {
      DeviceInventory inventory = probe.detect();
      warnings.addAll(inventory.warnings());
      for (Device d : inventory.devices()) {
        if (d.spec().isGpu()) {
          devices.add(
              new Device(
                  DeviceSpec.gpu(nextGpu++),
                  d.name(),
                  d.uuid(),
                  d.totalMemory(),
                  d.freeMemory(),
                  d.computeCapability(),
                  d.source()));
        } else {
          devices.add(d);
        }
      }
    }
    return Either.right(new DeviceInventory(devices, warnings));
  }

  @Override
  public Either<ConfigError, List<String>> targets() {
    return targets.names();
  }
}
