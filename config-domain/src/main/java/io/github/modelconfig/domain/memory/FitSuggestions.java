package io.github.modelconfig.domain.memory;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.kvcache.KvCacheShape;
import java.util.Locale;

/**
 * Rule: the memory errors of the planner, each saying by how much the model misses and what would
 * fit (more devices of the same kind, a higher utilization, a smaller encoding or page).
 */
final class FitSuggestions {

  private FitSuggestions() {}

  static ConfigError exceedsMemory(MemoryRequest r, long free, long staticBytes) {
    return new ConfigError(
        ErrorCode.MODEL_EXCEEDS_MEMORY,
        "memory",
        "Model size exceeds available memory ("
            + Bytes.human(staticBytes)
            + " > "
            + Bytes.human(free)
            + " free, short by "
            + Bytes.human(staticBytes - free)
            + "). Model weights: "
            + Bytes.human(r.weightsBytes())
            + ", activation memory: "
            + Bytes.human(r.activationBytes())
            + ".",
        devicesHint(r, staticBytes)
            + " Or use a smaller encoding (--quantization-encoding; 8-bit weights take about half"
            + " of bfloat16's, 4-bit about a quarter).");
  }

  static ConfigError noRoomForKv(MemoryRequest r, long free, long staticBytes, long kvBudget) {
    long onePage = r.kv().bytesPerBlock() * r.kv().dataParallelDegree();
    double needed = (double) (staticBytes + onePage) / free;
    return new ConfigError(
        ErrorCode.NO_ROOM_FOR_KV_CACHE,
        "kv_cache.device_memory_utilization",
        "The model weights ("
            + Bytes.human(r.weightsBytes())
            + ") and activations ("
            + Bytes.human(r.activationBytes())
            + ") don't leave room for KV cache in "
            + r.deviceMemoryUtilization()
            + " x "
            + Bytes.human(free)
            + " free (short by "
            + Bytes.human(-kvBudget)
            + ").",
        (needed <= 1.0
                ? String.format(
                    Locale.ROOT,
                    "Raise --device-memory-utilization to at least %.3f. ",
                    Math.ceil(needed * 1000) / 1000)
                : "")
            + devicesHint(r, staticBytes + onePage)
            + " Or use a smaller --quantization-encoding.");
  }

  static ConfigError noSinglePage(MemoryRequest r, long bytesPerBlock, long kvBudget) {
    return new ConfigError(
        ErrorCode.INSUFFICIENT_KV_MEMORY,
        "memory",
        "Insufficient cache memory to allocate even a single page. One page requires "
            + Bytes.human(bytesPerBlock)
            + " but only "
            + Bytes.human(Math.floorDiv(kvBudget, r.kv().dataParallelDegree()))
            + " are available"
            + (r.devices().size() > 1 ? " across " + r.devices().size() + " devices" : "")
            + ".",
        "Use a smaller --kv-cache-page-size, a smaller --kv-cache-format (float8_e4m3fn), raise"
            + " --device-memory-utilization, or add devices.");
  }

  /**
   * "Use N devices like this" when the devices are alike, with the count that would fit: for a
   * tensor-parallel cache the next count that divides the KV heads; an MLA cache keeps its one
   * latent head on every device, so any count will do.
   */
  private static String devicesHint(MemoryRequest r, long bytesNeeded) {
    if (r.devices().isEmpty()) {
      return "Use more or larger devices (--devices, --target).";
    }
    Device first = r.devices().get(0);
    long perDevice = (long) Math.floor(first.freeMemory() * r.deviceMemoryUtilization());
    if (perDevice <= 0 || !first.spec().isGpu()) {
      return "Use more or larger devices (--devices, --target).";
    }
    long count = MemoryPlanner.ceilDiv(bytesNeeded, perDevice);
    String needs =
        "It needs at least "
            + count
            + " x "
            + first.name()
            + " ("
            + Bytes.human(perDevice)
            + " usable each)";
    KvCacheShape shape = r.kv().shape();
    if (shape.mla() || r.kv().dataParallelDegree() > 1) {
      return needs + ": use --devices or --target NAME:" + count + ".";
    }
    long heads = shape.numKvHeads();
    for (long n = count; n <= heads; n++) {
      if (heads % n == 0) {
        return needs
            + (n == count ? "" : "; " + n + " divide the model's " + heads + " KV heads evenly")
            + ": use --devices or --target NAME:"
            + n
            + ".";
      }
    }
    return needs
        + ", more than the model's "
        + heads
        + " KV heads can be split over: use larger devices.";
  }
}
