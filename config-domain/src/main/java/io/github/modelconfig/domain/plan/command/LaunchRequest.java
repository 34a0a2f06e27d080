package io.github.modelconfig.domain.plan.command;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Value: what a start-up command is built from: the model as the user named it ({@code model}: a
 * Hub repo id or a local path; {@code local} says which), its revision, the GGUF file for llama.cpp
 * (a file of the repo or a local file), the layout degrees, the context length, the memory
 * utilization when the plan sets one, the KV-cache dtype by its {@code --kv-cache-dtype} wire name
 * ({@code auto} for the runtime's default), a compute dtype, and llama.cpp's offload: GPU layers
 * ({@code -ngl}), MoE layers kept on the CPU ({@code --n-cpu-moe}), layers per GPU ({@code
 * --tensor-split}) and parallel slots ({@code --parallel}).
 */
public record LaunchRequest(
    String model,
    boolean local,
    Option<String> revision,
    Option<String> ggufFile,
    int tensorParallel,
    int pipelineParallel,
    int dataParallel,
    long maxLength,
    Option<Double> memoryUtilization,
    String kvCacheDtype,
    Option<String> dtype,
    Option<Integer> gpuLayers,
    int cpuMoeLayers,
    List<Integer> layersPerGpu,
    int parallelSlots) {

  public LaunchRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(ggufFile, "ggufFile");
    Objects.requireNonNull(memoryUtilization, "memoryUtilization");
    Objects.requireNonNull(kvCacheDtype, "kvCacheDtype");
    Objects.requireNonNull(dtype, "dtype");
    Objects.requireNonNull(gpuLayers, "gpuLayers");
    layersPerGpu = List.copyOf(layersPerGpu);
    if (model.isBlank()) {
      throw new IllegalArgumentException("model must not be blank");
    }
    if (tensorParallel < 1 || pipelineParallel < 1 || dataParallel < 1) {
      throw new IllegalArgumentException(
          "degrees must be >= 1: " + tensorParallel + "/" + pipelineParallel + "/" + dataParallel);
    }
    if (maxLength < 1 || cpuMoeLayers < 0 || parallelSlots < 1) {
      throw new IllegalArgumentException(
          "max length and slots >= 1, cpu moe layers >= 0: " + maxLength + "/" + parallelSlots);
    }
  }

  /** A request on {@code model} with one GPU, one replica and the runtime's defaults. */
  public static LaunchRequest of(String model, long maxLength) {
    return new LaunchRequest(
        model,
        false,
        Option.none(),
        Option.none(),
        1,
        1,
        1,
        maxLength,
        Option.none(),
        "auto",
        Option.none(),
        Option.none(),
        0,
        List.of(),
        1);
  }

  /** GPUs of one replica. */
  public int gpusPerReplica() {
    return tensorParallel * pipelineParallel;
  }

  /** This request with the layout {@code tp x pp x dp}. */
  public LaunchRequest withLayout(int tp, int pp, int dp) {
    return new LaunchRequest(
        model,
        local,
        revision,
        ggufFile,
        tp,
        pp,
        dp,
        maxLength,
        memoryUtilization,
        kvCacheDtype,
        dtype,
        gpuLayers,
        cpuMoeLayers,
        layersPerGpu,
        parallelSlots);
  }

  /** This request with a KV dtype, a memory utilization and a compute dtype. */
  public LaunchRequest withMemory(String kv, Option<Double> utilization, Option<String> dtypeName) {
    return new LaunchRequest(
        model,
        local,
        revision,
        ggufFile,
        tensorParallel,
        pipelineParallel,
        dataParallel,
        maxLength,
        utilization,
        kv,
        dtypeName,
        gpuLayers,
        cpuMoeLayers,
        layersPerGpu,
        parallelSlots);
  }

  /** This request with llama.cpp's offload: GPU layers, CPU MoE layers, layers per GPU, slots. */
  public LaunchRequest withOffload(int ngl, int cpuMoe, List<Integer> perGpu, int slots) {
    return new LaunchRequest(
        model,
        local,
        revision,
        ggufFile,
        tensorParallel,
        pipelineParallel,
        dataParallel,
        maxLength,
        memoryUtilization,
        kvCacheDtype,
        dtype,
        Option.of(ngl),
        cpuMoe,
        perGpu,
        slots);
  }

  /** This request naming a revision and a GGUF file ({@code local}: a path, not a repo). */
  public LaunchRequest withSource(boolean isLocal, Option<String> rev, Option<String> gguf) {
    return new LaunchRequest(
        model,
        isLocal,
        rev,
        gguf,
        tensorParallel,
        pipelineParallel,
        dataParallel,
        maxLength,
        memoryUtilization,
        kvCacheDtype,
        dtype,
        gpuLayers,
        cpuMoeLayers,
        layersPerGpu,
        parallelSlots);
  }
}
