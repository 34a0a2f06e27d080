package io.github.modelconfig.domain.encoding;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.device.DeviceType;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import java.util.ArrayList;
import java.util.List;

/** Rule: which devices an encoding can run on (reference §3.2), with MAX's CPU downcast. */
public final class EncodingDevices {

  private EncodingDevices() {}

  /** A CPU-only encoding moves an all-GPU list to the CPU; then each device must support it. */
  public static Checked<List<DeviceSpec>> forEncoding(
      SupportedEncoding encoding, List<DeviceSpec> specs) {
    List<DeviceSpec> placed = specs;
    List<Warning> warnings = new ArrayList<>();
    if (encoding.cpuOnly() && specs.stream().allMatch(DeviceSpec::isGpu)) {
      warnings.add(
          new Warning(
              WarningCode.DEVICES_CHANGED_FOR_ENCODING,
              "Encoding "
                  + encoding.wireName()
                  + " runs on CPU only; devices "
                  + specs
                  + " were replaced by [cpu]."));
      placed = List.of(DeviceSpec.cpu());
    }
    List<ConfigError> errors = new ArrayList<>();
    for (DeviceSpec spec : placed) {
      if (!encoding.supportedOn(spec.deviceType())) {
        errors.add(
            new ConfigError(
                ErrorCode.ENCODING_DEVICE_MISMATCH,
                "devices",
                "The encoding '"
                    + encoding.wireName()
                    + "' is not compatible with the selected "
                    + "device type '"
                    + spec.deviceType().wireName()
                    + "' (it runs on "
                    + encoding.devices().stream().map(DeviceType::wireName).toList()
                    + ").",
                "Use a different device (--devices) or a different encoding "
                    + "(--quantization-encoding)."));
      }
    }
    return Checked.unless(errors, placed).warn(warnings);
  }
}
