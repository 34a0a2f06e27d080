package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import java.nio.file.Path;

/** Driven-adapter factory: device catalogs (host discovery). */
public final class DeviceCatalogs {

  private DeviceCatalogs() {}

  /** The host CPU with its memory, read from {@code <procRoot>/meminfo} and the cgroup limit. */
  public static DeviceCatalog host(Path procRoot, Path cgroupRoot) {
    return new HostCpuDeviceCatalog(procRoot, cgroupRoot);
  }
}
