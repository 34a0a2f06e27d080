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

  /*
   * equals and hashCode written out: a record's generated ones bootstrap through
   * java.lang.runtime.ObjectMethods on first call, spinning ~20 method-handle classes that every
   * CLI start paid when placing devices.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof DeviceSpec that && deviceType == that.deviceType && id == that.id;
  }

  @Override
  public int hashCode() {
    return 31 * deviceType.hashCode() + id;
  }

  @Override
  public String toString() {
    return isGpu() ? "gpu:" + id : "cpu";
  }
}
