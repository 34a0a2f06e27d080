package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.RequestError;
import io.vavr.control.Option;
import java.util.List;

/**
 * Rule: MAX's {@code validate_multi_gpu_supported} (reference §8.2): an architecture without
 * multi-GPU support may not get several device specs when the first one is a GPU.
 */
public final class MultiGpuRule {

  private MultiGpuRule() {}

  public static Option<ConfigError> check(
      SupportedArchitecture arch, List<DeviceSpec> specs, String modelPath) {
    if (arch.multiGpuSupported() || specs.size() <= 1 || !specs.get(0).isGpu()) {
      return Option.none();
    }
    return Option.some(
        new RequestError(
            "multi_gpu_unsupported",
            "device_specs",
            "Multiple GPU inference is currently not supported for "
                + modelPath
                + " ("
                + arch.name()
                + "; "
                + specs.size()
                + " devices given).",
            "Use a single GPU, e.g. --devices gpu:0."));
  }
}
