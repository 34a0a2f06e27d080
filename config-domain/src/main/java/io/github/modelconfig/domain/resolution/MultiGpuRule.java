package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Rule: MAX's {@code validate_multi_gpu_supported} (reference §8.2): an architecture without
 * multi-GPU support may not be placed on several devices when the first one is a GPU.
 */
final class MultiGpuRule {

  private MultiGpuRule() {}

  /** The device specs, unless they put a single-GPU architecture on several GPUs. */
  static Validation<ConfigError, List<DeviceSpec>> check(
      SupportedArchitecture arch, List<DeviceSpec> specs, String modelPath) {
    if (arch.multiGpuSupported() || specs.size() <= 1 || !specs.get(0).isGpu()) {
      return Validation.valid(specs);
    }
    return Validation.invalid(
        new ConfigError(
            ErrorCode.MULTI_GPU_NOT_SUPPORTED,
            "devices",
            "Multiple GPU inference is currently not supported for "
                + modelPath
                + " ("
                + arch.name()
                + "); "
                + specs.size()
                + " devices were given: "
                + specs
                + ".",
            "Use one GPU, e.g. --devices gpu:0 or --target NAME:1."));
  }
}
