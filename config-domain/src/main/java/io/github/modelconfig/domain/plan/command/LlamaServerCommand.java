package io.github.modelconfig.domain.plan.command;

import io.vavr.control.Either;
import java.util.List;

/**
 * Rule: {@code llama-server} for a plan. One process serves one replica: its layers are split over
 * the replica's GPUs ({@code --split-mode layer}, {@code --tensor-split} in layers per GPU), {@code
 * --n-gpu-layers} of them are on GPUs and the rest on the CPU, {@code --n-cpu-moe} keeps the expert
 * tensors of the first N layers on the CPU. {@code --ctx-size} is the context of all {@code
 * --parallel} slots together. A quantized V cache needs flash attention ({@code --flash-attn on}).
 * Flag names from tools/server/README.md and common/arg.cpp (ggml-org/llama.cpp at 25d5b0c);
 * docs/runtimes.md.
 */
public final class LlamaServerCommand {

  private static final List<String> TYPES =
      List.of("f32", "f16", "bf16", "q8_0", "q4_0", "q4_1", "iq4_nl", "q5_0", "q5_1");

  private LlamaServerCommand() {}

  /** The command, or why llama.cpp cannot take the request. */
  public static Either<String, LaunchCommand> build(LaunchRequest r) {
    if (r.tensorParallel() > 1) {
      return Either.left(
          "llama.cpp splits layers over GPUs (pipeline), not tensors: use --tensor-parallel 1");
    }
    Either<String, String> kv = cacheType(r.kvCacheDtype());
    if (kv.isLeft()) {
      return Either.left(kv.getLeft());
    }
    Words w = new Words("llama-server");
    model(w, r);
    w.flag("--ctx-size", r.maxLength() * r.parallelSlots());
    if (r.parallelSlots() > 1) {
      w.flag("--parallel", r.parallelSlots());
    }
    r.gpuLayers().forEach(n -> w.flag("--n-gpu-layers", n));
    if (r.cpuMoeLayers() > 0) {
      w.flag("--n-cpu-moe", r.cpuMoeLayers());
    }
    if (r.pipelineParallel() > 1) {
      w.flag("--split-mode", "layer");
      if (!r.layersPerGpu().isEmpty()) {
        StringBuilder split = new StringBuilder();
        r.layersPerGpu().forEach(n -> split.append(split.length() == 0 ? "" : ",").append(n));
        w.flag("--tensor-split", split);
      }
    }
    if (!kv.get().equals("f16")) {
      w.flag("--cache-type-k", kv.get()).flag("--cache-type-v", kv.get());
      if (kv.get().startsWith("q") || kv.get().startsWith("iq")) {
        w.flag("--flash-attn", "on");
      }
    }
    replicas(w, r);
    return Either.right(w.build());
  }

  private static void model(Words w, LaunchRequest r) {
    if (r.local()) {
      w.flag("--model", r.ggufFile().getOrElse(r.model()));
    } else {
      w.flag("--hf-repo", r.model());
      r.ggufFile().forEach(f -> w.flag("--hf-file", f));
    }
    r.revision()
        .forEach(rev -> w.note("llama-server has no revision flag: " + rev + " is not pinned"));
  }

  private static void replicas(Words w, LaunchRequest r) {
    if (r.dataParallel() == 1) {
      return;
    }
    int per = r.gpusPerReplica();
    StringBuilder first = new StringBuilder();
    for (int i = 0; i < per; i++) {
      first.append(i == 0 ? "" : ",").append(i);
    }
    w.env("CUDA_VISIBLE_DEVICES", first.toString())
        .note(
            "llama.cpp has no data parallelism: start "
                + r.dataParallel()
                + " copies of this command, copy k with CUDA_VISIBLE_DEVICES set to its "
                + per
                + " GPU(s) from k*"
                + per
                + " and its own --port, behind a load balancer");
  }

  /** -ctk/-ctv: f32, f16, bf16, q8_0, q4_0, q4_1, iq4_nl, q5_0, q5_1 (common/arg.cpp). */
  static Either<String, String> cacheType(String wire) {
    String name =
        switch (wire) {
          case "auto", "float16" -> "f16";
          case "float32" -> "f32";
          case "bfloat16" -> "bf16";
          default -> wire;
        };
    return TYPES.contains(name)
        ? Either.right(name)
        : Either.left(
            "llama.cpp's --cache-type-k/-v take " + String.join(", ", TYPES) + ", not " + wire);
  }
}
