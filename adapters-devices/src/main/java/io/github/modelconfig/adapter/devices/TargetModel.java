package io.github.modelconfig.adapter.devices;

import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;

/**
 * Adapter value: one accelerator model of the what-if catalog, its memory as the vendor tool
 * reports it ({@code nvidia-smi memory.total} in MiB; {@code rocm-smi} VRAM bytes / 2^20).
 */
record TargetModel(String key, String name, long memoryMib, Option<String> computeCapability) {

  /**
   * The built-in catalog. Free memory is taken equal to total: an idle GPU's driver reservation (a
   * few hundred MiB) is covered by {@code --device-memory-utilization} (0.9 by default).
   */
  static final List<TargetModel> BUILT_IN =
      List.of(
          nvidia("h100-80gb", "NVIDIA H100 80GB HBM3", 81559, "9.0"),
          nvidia("h200-141gb", "NVIDIA H200", 143771, "9.0"),
          nvidia("a100-40gb", "NVIDIA A100-SXM4-40GB", 40960, "8.0"),
          nvidia("a100-80gb", "NVIDIA A100-SXM4-80GB", 81920, "8.0"),
          nvidia("l4-24gb", "NVIDIA L4", 23034, "8.9"),
          nvidia("l40s-48gb", "NVIDIA L40S", 46068, "8.9"),
          nvidia("a10g-24gb", "NVIDIA A10G", 23028, "8.6"),
          nvidia("rtx4090-24gb", "NVIDIA GeForce RTX 4090", 24564, "8.9"),
          nvidia("b200-180gb", "NVIDIA B200", 183359, "10.0"),
          // rocm-smi: VRAM Total Memory (B) 206141652992 = 196592 MiB.
          new TargetModel("mi300x-192gb", "AMD Instinct MI300X", 196592, Option.of("gfx942")));

  TargetModel {
    key = key.toLowerCase(Locale.ROOT);
    if (memoryMib <= 0) {
      throw new IllegalArgumentException("memory must be > 0 MiB, was " + memoryMib);
    }
  }

  private static TargetModel nvidia(String key, String name, long mib, String cap) {
    return new TargetModel(key, name, mib, Option.of(cap));
  }

  long memoryBytes() {
    return memoryMib * 1024 * 1024;
  }
}
