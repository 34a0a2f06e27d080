package io.github.modelconfig.domain.plan;

import java.util.List;

/**
 * Value: where llama.cpp puts a GGUF model's layers: {@code gpuLayers} as {@code --n-gpu-layers}
 * counts them (the last N decoder layers, plus the output head when N exceeds the layers, as
 * src/llama-model.cpp {@code load_tensors} assigns {@code i_gpu_start = n_layer + 1 - ngl}), the
 * first {@code cpuMoeLayers} layers' routed experts on the CPU ({@code --n-cpu-moe}), and the
 * decoder layers each GPU holds, first GPU first ({@code --tensor-split}).
 */
public record OffloadPlan(
    int gpuLayers, int cpuMoeLayers, List<Integer> layersPerGpu, int layersOnHost) {

  public OffloadPlan {
    layersPerGpu = List.copyOf(layersPerGpu);
    if (gpuLayers < 0 || cpuMoeLayers < 0 || layersOnHost < 0) {
      throw new IllegalArgumentException(
          "negative offload: ngl=" + gpuLayers + " cpu-moe=" + cpuMoeLayers);
    }
  }

  /** Whether anything (a layer, an expert tensor, the output head) stays in host memory. */
  public boolean usesHost() {
    int layers = layersOnHost + layersPerGpu.stream().mapToInt(Integer::intValue).sum();
    return cpuMoeLayers > 0 || gpuLayers <= layers;
  }
}
