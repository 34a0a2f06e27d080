package io.github.modelconfig.domain.plan.command;

import io.vavr.control.Either;

/**
 * Rule: {@code vllm serve} for a plan. Flag names from vllm/engine/arg_utils.py
 * (EngineArgs.add_cli_args, vllm-project/vllm at 99d7eb5, v0.12 line); docs/runtimes.md lists each.
 * The model is the positional {@code model_tag}; degrees of 1 are left out (vLLM's defaults).
 */
public final class VllmCommand {

  private VllmCommand() {}

  /** The command, or why vLLM cannot take the request. */
  public static Either<String, LaunchCommand> build(LaunchRequest r) {
    Either<String, String> kv = kvCacheDtype(r.kvCacheDtype());
    if (kv.isLeft()) {
      return Either.left(kv.getLeft());
    }
    Words w = new Words("vllm", "serve", r.model());
    r.revision().forEach(rev -> w.flag("--revision", rev));
    w.degree("--tensor-parallel-size", r.tensorParallel())
        .degree("--pipeline-parallel-size", r.pipelineParallel())
        .degree("--data-parallel-size", r.dataParallel())
        .flag("--max-model-len", r.maxLength());
    r.memoryUtilization().forEach(u -> w.flag("--gpu-memory-utilization", Decimals.of(u)));
    if (!kv.get().equals("auto")) {
      w.flag("--kv-cache-dtype", kv.get());
    }
    r.dtype().forEach(d -> w.flag("--dtype", d));
    return Either.right(w.build());
  }

  /** CacheConfig.cache_dtype choices (vllm/config/cache.py): auto, bfloat16, fp8, fp8_e4m3... */
  static Either<String, String> kvCacheDtype(String wire) {
    return switch (wire) {
      case "auto", "bfloat16", "fp8", "fp8_e5m2" -> Either.right(wire);
      default ->
          Either.left(
              "vLLM's --kv-cache-dtype takes auto, bfloat16, fp8 or fp8_e5m2, not "
                  + wire
                  + " (llama.cpp's block types q8_0/q4_0 exist only there; float16 is --dtype"
                  + " float16 with --kv-cache-dtype auto)");
    };
  }
}
