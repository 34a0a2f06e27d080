package io.github.modelconfig.adapter.devices;

import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Adapter value: one accelerator model of the what-if catalog, its memory as the vendor tool
 * reports it ({@code nvidia-smi memory.total} in MiB; {@code rocm-smi} VRAM bytes / 2^20), and the
 * total a CUDA/HIP runtime sees ({@code torch.cuda.mem_get_info()[1]}, what vLLM and SGLang
 * multiply by their utilization) when a public log gives it. Sources: docs/accuracy.md, "Device
 * memory the runtime sees"; values printed by PyTorch in GiB to two decimals are kept as {@code
 * round(GiB * 2^30)} (within 5.4 MB of the real total).
 */
record TargetModel(
    String key,
    String name,
    long memoryMib,
    Option<String> computeCapability,
    Option<Long> runtimeVisibleBytes) {

  /**
   * The built-in catalog. Free memory is taken equal to total: an idle GPU's driver reservation (a
   * few hundred MiB) is covered by {@code --device-memory-utilization} (0.9 by default).
   */
  static final List<TargetModel> BUILT_IN =
      List.of(
          // PyTorch: "total capacity of 79.19 GiB" (H100 80GB HBM3, SXM and PCIe).
          nvidia("h100-80gb", "NVIDIA H100 80GB HBM3", 81559, "9.0", 85_030_486_016L),
          // "total capacity of 139.80 GiB" on 8xH200 nodes.
          nvidia("h200-141gb", "NVIDIA H200", 143771, "9.0", gib(139.80)),
          // vLLM V0 "total_gpu_memory (39.38GiB)" on 4x A100 40GB (vllm#16570).
          nvidia("a100-40gb", "NVIDIA A100-SXM4-40GB", 40960, "8.0", gib(39.38)),
          // torch total_memory=85093777408 (A100 80GB PCIe; SXM4 logs print 79.15-79.25 GiB).
          nvidia("a100-80gb", "NVIDIA A100-SXM4-80GB", 81920, "8.0", 85_093_777_408L),
          // Not found in a public log naming the GPU: estimated like the A10G (same MiB).
          nvidia("l4-24gb", "NVIDIA L4", 23034, "8.9", gib(21.98)),
          // vLLM 0.10.2 "Free memory on device (43.93/44.42 GiB) on startup" on an L40S.
          nvidia("l40s-48gb", "NVIDIA L40S", 46068, "8.9", gib(44.42)),
          // "total capacity of 21.98 GiB" on g5.12xlarge (4x A10G).
          nvidia("a10g-24gb", "NVIDIA A10G", 23028, "8.6", gib(21.98)),
          // "RTX 4090 24GB ... total capacity of 23.64 GiB" (ali-vilab/VGen#104).
          nvidia("rtx4090-24gb", "NVIDIA GeForce RTX 4090", 24564, "8.9", gib(23.64)),
          // "total capacity of 178.36 GiB" in an 8xB200 run list.
          nvidia("b200-180gb", "NVIDIA B200", 183359, "10.0", gib(178.36)),
          // rocm-smi: VRAM Total Memory (B) 206141652992 = 196592 MiB; HIP "total capacity of
          // 191.98 GiB".
          new TargetModel(
              "mi300x-192gb",
              "AMD Instinct MI300X",
              196592,
              Option.of("gfx942"),
              Option.of(gib(191.98))));

  TargetModel {
    key = key.toLowerCase(Locale.ROOT);
    Objects.requireNonNull(runtimeVisibleBytes, "runtimeVisibleBytes");
    if (memoryMib <= 0) {
      throw new IllegalArgumentException("memory must be > 0 MiB, was " + memoryMib);
    }
  }

  /** A model of a custom targets file: its runtime-visible total is not known. */
  TargetModel(String key, String name, long memoryMib, Option<String> computeCapability) {
    this(key, name, memoryMib, computeCapability, Option.none());
  }

  private static TargetModel nvidia(String key, String name, long mib, String cap, long visible) {
    return new TargetModel(key, name, mib, Option.of(cap), Option.of(visible));
  }

  private static long gib(double gib) {
    return Math.round(gib * (1L << 30));
  }

  long memoryBytes() {
    return memoryMib * 1024 * 1024;
  }
}
