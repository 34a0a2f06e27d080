package io.github.modelconfig.app.cli.violation;

import io.github.modelconfig.adapter.devices.DeviceCatalogs;
import java.nio.file.Path;

/** Deliberate violation: a command that asks the devices adapter instead of its use case. */
public final class CommandCallsDeviceAdapter {
  public Object devices() {
    return DeviceCatalogs.host(Path.of("/proc"), Path.of("/sys/fs/cgroup")).detect();
  }
}
