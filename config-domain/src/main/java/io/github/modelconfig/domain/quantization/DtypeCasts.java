package io.github.modelconfig.domain.quantization;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Set;

/**
 * Rule: the float32 <-> bfloat16 weight cast (reference §2.5): none when both sides are equal, an
 * error when either side is another encoding or the target does not run on the default device.
 */
final class DtypeCasts {

  private static final Set<SupportedEncoding> CASTABLE =
      Set.of(SupportedEncoding.FLOAT32, SupportedEncoding.BFLOAT16);

  private DtypeCasts() {}

  static boolean castable(SupportedEncoding encoding) {
    return CASTABLE.contains(encoding);
  }

  static Validation<ConfigError, Option<DtypeCast>> resolve(
      SupportedEncoding from, SupportedEncoding to, DeviceSpec defaultDevice) {
    if (from == to) {
      return Validation.valid(Option.none());
    }
    if (!castable(from) || !castable(to)) {
      return Validation.invalid(
          error(
              "Cannot cast from '"
                  + from.wireName()
                  + "' to '"
                  + to.wireName()
                  + "' on device '"
                  + defaultDevice
                  + "'. Only float32 <-> bfloat16 weight casts are supported.",
              "Use weights in " + to.wireName() + ", or ask for the weights' own encoding."));
    }
    if (!to.supportedOn(defaultDevice.deviceType())) {
      return Validation.invalid(
          error(
              "Cannot cast from '"
                  + from.wireName()
                  + "' to '"
                  + to.wireName()
                  + "' because '"
                  + to.wireName()
                  + "' is not supported on "
                  + defaultDevice
                  + ".",
              "Use a different device (--devices gpu) or a different encoding."));
    }
    return Validation.valid(Option.of(new DtypeCast(from, to)));
  }

  private static ConfigError error(String message, String hint) {
    return new ConfigError(
        ErrorCode.DTYPE_CAST_UNSUPPORTED, "quantization_encoding", message, hint);
  }
}
