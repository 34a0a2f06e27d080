package io.github.modelconfig.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.WarningCode;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlamaCppOffloadTest {

  static final long MIB = 1L << 20;

  /** An RTX 4090's 24,564 MiB (nvidia-smi total, the target catalog's number). */
  static final PlanDevice RTX4090 = new PlanDevice(0, "RTX 4090", 24_564 * MIB, "test");

  /** 80 layers of 500 MiB, f16 KV of 8 KV heads x 128, vocabulary 128,256, 525 MiB head. */
  static PlanModel dense80() {
    ModelShape shape =
        new ModelShape(80, 8192, 64, 8, 128, 128_256, 28_672, 0, 0, 0, Option.none(), false, 2);
    WeightInventory.Builder w = WeightInventory.builder(80);
    for (int l = 0; l < 80; l++) {
      w.add(l, WeightClass.SHARDED, 500 * MIB);
    }
    w.add(-1, WeightClass.EMBEDDING, 525 * MIB).add(-1, WeightClass.LM_HEAD, 525 * MIB);
    return new PlanModel("llama", shape, AttentionLayers.uniform(80), w.build(), Option.none());
  }

  /** 48 layers of 100 MiB dense + 500 MiB routed experts, KV 4 heads x 128, 300 MiB head. */
  static PlanModel moe48() {
    ModelShape shape =
        new ModelShape(48, 2048, 32, 4, 128, 151_936, 6144, 128, 8, 768, Option.none(), false, 2);
    WeightInventory.Builder w = WeightInventory.builder(48);
    for (int l = 0; l < 48; l++) {
      w.add(l, WeightClass.SHARDED, 100 * MIB).add(l, WeightClass.EXPERTS, 500 * MIB);
    }
    w.add(-1, WeightClass.EMBEDDING, 300 * MIB).add(-1, WeightClass.LM_HEAD, 300 * MIB);
    return new PlanModel("qwen3moe", shape, AttentionLayers.uniform(48), w.build(), Option.none());
  }

  static OffloadAccounting plan(PlanModel m, long ctx, long hostBytes) {
    return LlamaCppOffload.plan(
        m,
        RuntimeProfiles.LLAMA_CPP,
        Layout.SINGLE,
        ctx,
        List.of(RTX4090),
        Option.of(new PlanDevice(-1, "host", hostBytes, "test")),
        PlanSettings.DEFAULTS);
  }

  @Test
  void givenA40GbDenseModelOnA24GbGpu_plan_offloadsTheLast43Layers() {
    // capacity 24,564 MiB - 1,024 MiB margin - f32 logits of 512 x 128,256 (250.5 MiB) = 23,289.5
    // MiB; a layer costs 500 MiB + KV 8192 x 2 x 8 x 128 x 2 B = 32 MiB -> 532 MiB; the 525 MiB
    // head and 43 layers need 23,401 MiB, so the head stays on the CPU: 23,289.5 / 532 = 43.
    OffloadAccounting a = plan(dense80(), 8192, 64L << 30);

    assertThat(a.plan().gpuLayers()).isEqualTo(43);
    assertThat(a.plan().layersOnHost()).isEqualTo(37);
    assertThat(a.plan().cpuMoeLayers()).isZero();
    assertThat(a.accounting().fits()).isTrue();
    DeviceAccount gpu = a.accounting().devices().get(0);
    assertThat(gpu.weightsBytes()).isEqualTo(43 * 500 * MIB);
    assertThat(gpu.kvCacheBytes()).isEqualTo(43 * 32 * MIB);
    DeviceAccount host = a.accounting().devices().get(1);
    assertThat(host.id()).isEqualTo(-1);
    assertThat(host.offloadedLayers()).isEqualTo(37);
    // embedding + head + 37 layers
    assertThat(host.weightsBytes()).isEqualTo((525 + 525 + 37 * 500) * MIB);
    assertThat(host.kvCacheBytes()).isEqualTo(37 * 32 * MIB);
    assertThat(a.accounting().warnings())
        .anySatisfy(w -> assertThat(w.code()).isEqualTo(WarningCode.LAYERS_ON_HOST));
  }

  @Test
  void givenTooLittleHostMemory_plan_saysTheHostLacksMemory() {
    OffloadAccounting a = plan(dense80(), 8192, 16L << 30);

    assertThat(a.accounting().fits()).isFalse();
    assertThat(a.accounting().why().get()).startsWith("host memory lacks");
  }

  @Test
  void givenAnMoeModel_plan_movesExpertsOfTheFirst13LayersBeforeAnyLayer() {
    // capacity 24,564 - 1,024 - f32 logits 512 x 151,936 (296.75 MiB) = 23,243.25 MiB; all on the
    // GPU: 300 head + 48 x (600 + KV 4096 x 2 x 4 x 128 x 2 B = 8 MiB) = 29,484 MiB; each layer's
    // experts moved frees 500 MiB: k >= (29,484 - 23,243.25) / 500 = 12.5 -> 13.
    OffloadAccounting a = plan(moe48(), 4096, 64L << 30);

    assertThat(a.plan().cpuMoeLayers()).isEqualTo(13);
    assertThat(a.plan().gpuLayers()).isEqualTo(49);
    assertThat(a.plan().layersOnHost()).isZero();
    assertThat(a.accounting().devices().get(1).weightsBytes()).isEqualTo((300 + 13 * 500) * MIB);
    assertThat(a.accounting().fits()).isTrue();
  }

  @Test
  void givenTwoGpus_plan_fillsTheLastGpuFirstAndKeepsEverythingOnGpus() {
    // GPU 1 takes the 300 MiB head and (23,243.25 - 300) / 608 = 37 layers, GPU 0 the first 11
    OffloadAccounting a =
        LlamaCppOffload.plan(
            moe48(),
            RuntimeProfiles.LLAMA_CPP,
            new Layout(1, 2, 1),
            4096,
            List.of(RTX4090, new PlanDevice(1, "RTX 4090", 24_564 * MIB, "test")),
            Option.none(),
            PlanSettings.DEFAULTS);

    assertThat(a.plan().gpuLayers()).isEqualTo(49);
    assertThat(a.plan().cpuMoeLayers()).isZero();
    assertThat(a.plan().layersPerGpu()).containsExactly(11, 37);
    // the token embedding stays in host memory (llama.cpp's input layer is on the CPU)
    assertThat(a.accounting().devices()).extracting(DeviceAccount::id).containsExactly(0, 1, -1);
    assertThat(a.accounting().devices().get(2).weightsBytes()).isEqualTo(300 * MIB);
    assertThat(a.accounting().devices().get(2).headroomBytes()).isZero();
    assertThat(a.accounting().warnings()).isEmpty();
  }
}
