package io.github.modelconfig.domain.device;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rule: parses a device selection ({@code cpu}, {@code gpu}, {@code gpu:0,1}, {@code default}, or a
 * list of GPU ids); {@code default} is none, meaning every visible GPU, else the CPU.
 */
public final class DeviceSpecs {

  private static final String FORMAT = "'cpu', 'gpu', 'gpu:0,1' or 'default'";

  private DeviceSpecs() {}

  public static Validation<ConfigError, Option<List<DeviceSpec>>> parse(String field, String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    switch (value) {
      case "default":
        return Validation.valid(Option.none());
      case "cpu":
        return Validation.valid(Option.of(List.of(DeviceSpec.cpu())));
      case "gpu":
        return Validation.valid(Option.of(List.of(DeviceSpec.gpu(0))));
      default:
        break;
    }
    String ids = value.startsWith("gpu:") ? value.substring(4) : value;
    List<DeviceSpec> specs = new ArrayList<>();
    for (String id : ids.split(",", -1)) {
      if (!id.trim().matches("\\d{1,4}")) {
        return Validation.invalid(invalid(field, text));
      }
      DeviceSpec spec = DeviceSpec.gpu(Integer.parseInt(id.trim()));
      if (!specs.contains(spec)) {
        specs.add(spec);
      }
    }
    return Validation.valid(Option.of(List.copyOf(specs)));
  }

  private static ConfigError invalid(String field, String text) {
    return new ConfigError(
        ErrorCode.INVALID_DEVICES,
        field,
        "'" + text + "' is not a valid device list; allowed: " + FORMAT + ".",
        "Use --devices cpu, --devices gpu:0,1 or --devices default.");
  }
}
