package io.github.modelconfig.domain.device;

import java.util.Objects;

/** Value: a device the model is placed on, {@code cpu} (id -1) or {@code gpu:N} (id >= 0). */
public record DeviceSpec(DeviceType deviceType, int id) {

  public DeviceSpec {
    Objects.requireNonNull(deviceType, "deviceType");
    if (deviceType == DeviceType.GPU && id < 0) {
      throw new IllegalArgumentException("gpu id must be >= 0, was " + id);
    }
  }

  public static DeviceSpec cpu() {
    return new DeviceSpec(DeviceType.CPU, -1);
  }

  public static DeviceSpec gpu(int id) {
    return new DeviceSpec(DeviceType.GPU, id);
  }

  public boolean isGpu() {
    return deviceType == DeviceType.GPU;
  }

  @Override
  public String toString() {
    return isGpu() ? "gpu:" + id : "cpu";
  }
}
