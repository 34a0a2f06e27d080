package io.github.modelconfig.domain.testdata;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data: the devices a host shows, e.g. {@code aHost().withGpus(2).build()}: GPUs of 80 GiB
 * (ids 0..n-1) and a CPU of 64 GiB, all of it free.
 */
public final class HostBuilder {

  public static final long GIB = 1L << 30;

  private int gpus;
  private long gpuMemory = 80 * GIB;
  private boolean cpu = true;

  private HostBuilder() {}

  public static HostBuilder aHost() {
    return new HostBuilder();
  }

  public HostBuilder withGpus(int count) {
    this.gpus = count;
    return this;
  }

  public HostBuilder withGpuMemory(long bytes) {
    this.gpuMemory = bytes;
    return this;
  }

  /** Only the GPUs, as a target catalog lists them. */
  public HostBuilder withoutCpu() {
    this.cpu = false;
    return this;
  }

  public List<Device> build() {
    List<Device> devices = new ArrayList<>();
    for (int i = 0; i < gpus; i++) {
      devices.add(
          new Device(
              DeviceSpec.gpu(i),
              "H100",
              Option.none(),
              gpuMemory,
              gpuMemory,
              Option.none(),
              "test"));
    }
    if (cpu) {
      devices.add(
          new Device(
              DeviceSpec.cpu(), "host", Option.none(), 64 * GIB, 64 * GIB, Option.none(), "test"));
    }
    return devices;
  }
}
