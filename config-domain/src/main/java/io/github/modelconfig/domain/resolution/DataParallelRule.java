package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.vavr.collection.Vector;
import java.util.List;

/**
 * Rule: {@code data_parallel_degree} against the architecture's registry entry ({@link
 * io.github.modelconfig.domain.architecture.DataParallel}): refused above 1 where MAX raises,
 * dropped with a warning where MAX builds the KV cache without it, equal to the device count where
 * MAX demands it. The value is the degree the KV cache is planned with.
 */
final class DataParallelRule {

  private DataParallelRule() {}

  static Checked<Integer> check(SupportedArchitecture arch, int degree, List<DeviceSpec> specs) {
    switch (arch.dataParallel()) {
      case NOT_SUPPORTED:
        return degree <= 1
            ? Checked.valid(degree)
            : refused(
                arch,
                "Data parallelism is not supported for "
                    + arch.name()
                    + ": data_parallel_degree is "
                    + degree
                    + ".",
                "Use --data-parallel-degree 1 (tensor parallel over the "
                    + specs.size()
                    + " device(s)), or one process per device.");
      case IGNORED:
        return degree <= 1
            ? Checked.valid(degree)
            : Checked.valid(1)
                .warn(
                    List.of(
                        new Warning(
                            WarningCode.DATA_PARALLEL_IGNORED,
                            arch.name()
                                + " builds its KV cache without data parallelism (MAX passes no"
                                + " degree for it); data_parallel_degree "
                                + degree
                                + " is not used and the cache is planned tensor parallel over "
                                + specs.size()
                                + " device(s).")));
      case MATCHES_DEVICES:
        return degree == specs.size()
            ? Checked.valid(degree)
            : refused(
                arch,
                arch.name()
                    + " requires data_parallel_degree ("
                    + degree
                    + ") to match the number of devices ("
                    + specs.size()
                    + ").",
                "Use --data-parallel-degree " + specs.size() + ".");
      case SUPPORTED:
      default:
        return Checked.valid(degree);
    }
  }

  private static Checked<Integer> refused(SupportedArchitecture arch, String message, String hint) {
    return Checked.invalid(
        Vector.of(
            new ConfigError(
                ErrorCode.DATA_PARALLEL_NOT_SUPPORTED, "data_parallel_degree", message, hint)));
  }
}
