package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.device.Device;
import java.util.List;

/** Driven-port value: the devices found, and warnings about tools that failed or timed out. */
public record DeviceInventory(List<Device> devices, List<String> warnings) {

  public DeviceInventory {
    devices = List.copyOf(devices);
    warnings = List.copyOf(warnings);
  }
}
