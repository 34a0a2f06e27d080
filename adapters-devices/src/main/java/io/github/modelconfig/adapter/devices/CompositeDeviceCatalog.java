package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import java.util.ArrayList;
import java.util.List;

/** Driven adapter: several catalogs in order; GPUs are numbered 0..n-1 across them. */
final class CompositeDeviceCatalog implements DeviceCatalog {

  private final List<DeviceCatalog> catalogs;

  CompositeDeviceCatalog(List<DeviceCatalog> catalogs) {
    this.catalogs = List.copyOf(catalogs);
  }

  @Override
  public DeviceInventory detect() {
    List<Device> devices = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int nextGpu = 0;
    for (DeviceCatalog catalog : catalogs) {
      DeviceInventory inventory = catalog.detect();
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
    return new DeviceInventory(devices, warnings);
  }
}
