package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import java.util.ArrayList;
import java.util.List;

/** Driven adapter: the devices of several catalogs, in order (GPUs first, then the host CPU). */
final class CompositeDeviceCatalog implements DeviceCatalog {

  private final List<DeviceCatalog> catalogs;

  CompositeDeviceCatalog(List<DeviceCatalog> catalogs) {
    this.catalogs = List.copyOf(catalogs);
  }

  @Override
  public DeviceInventory detect() {
    List<Device> devices = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (DeviceCatalog catalog : catalogs) {
      DeviceInventory inventory = catalog.detect();
      devices.addAll(inventory.devices());
      warnings.addAll(inventory.warnings());
    }
    return new DeviceInventory(devices, warnings);
  }
}
