package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.Warning;
import java.util.List;

/**
 * Driven-port value: the devices found, and warnings ({@code device_discovery}) about tools that
 * failed, timed out or printed rows that could not be read.
 */
public record DeviceInventory(List<Device> devices, List<Warning> warnings) {

  public DeviceInventory {
    devices = List.copyOf(devices);
    warnings = List.copyOf(warnings);
  }
}
