package io.github.modelconfig.domain.encoding;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.device.DeviceType;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/** Rule: which devices an encoding can run on (reference §3.2), with MAX's CPU downcast. */
public final class EncodingDevices {

  private EncodingDevices() {}

  /** A CPU-only encoding moves an all-GPU list to the CPU; then each device must support it. */
  public static Validation<Seq<ConfigError>, List<DeviceSpec>> forEncoding(
      SupportedEncoding encoding, List<DeviceSpec> specs, List<String> warnings) {
    List<DeviceSpec> placed = specs;
    if (encoding.cpuOnly() && specs.stream().allMatch(DeviceSpec::isGpu)) {
      warnings.add(
          "Encoding "
              + encoding.wireName()
              + " runs on CPU only; devices "
              + specs
              + " were replaced by [cpu].");
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
    return errors.isEmpty() ? Validation.valid(placed) : Validation.invalid(Vector.ofAll(errors));
  }
}
