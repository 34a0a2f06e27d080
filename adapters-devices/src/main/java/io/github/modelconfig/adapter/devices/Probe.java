package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import java.util.List;

/**
 * Adapter part: one source of devices on this host (a vendor tool, {@code /proc}); it never fails,
 * a tool that cannot answer is a warning.
 */
interface Probe {

  DeviceInventory detect();

  /** Discovery warnings ({@code device_discovery}) from their messages. */
  static List<Warning> warnings(List<String> messages) {
    return messages.stream().map(m -> new Warning(WarningCode.DEVICE_DISCOVERY, m)).toList();
  }
}
