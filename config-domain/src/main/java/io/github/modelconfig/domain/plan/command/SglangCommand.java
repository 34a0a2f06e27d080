package io.github.modelconfig.domain.plan.command;

import io.vavr.control.Either;

/**
 * Rule: {@code python -m sglang.launch_server} for a plan. Flag names from
 * python/sglang/srt/server_args.py and docs/advanced_features/server_arguments.md
 * (sgl-project/sglang at 469c63e); docs/runtimes.md lists each.
 */
public final class SglangCommand {

  private SglangCommand() {}

  /** The command, or why SGLang cannot take the request. */
  public static Either<String, LaunchCommand> build(LaunchRequest r) {
    Either<String, String> kv = kvCacheDtype(r.kvCacheDtype());
    if (kv.isLeft()) {
      return Either.left(kv.getLeft());
    }
    Words w = new Words("python", "-m", "sglang.launch_server", "--model-path", r.model());
    r.revision().forEach(rev -> w.flag("--revision", rev));
    w.degree("--tp-size", r.tensorParallel())
        .degree("--pp-size", r.pipelineParallel())
        .degree("--dp-size", r.dataParallel())
        .flag("--context-length", r.maxLength());
    r.memoryUtilization().forEach(u -> w.flag("--mem-fraction-static", Decimals.of(u)));
    if (!kv.get().equals("auto")) {
      w.flag("--kv-cache-dtype", kv.get());
    }
    r.dtype().forEach(d -> w.flag("--dtype", d));
    return Either.right(w.build());
  }

  /** ServerArgs.kv_cache_dtype choices: auto, fp8_e5m2, fp8_e4m3, bf16/bfloat16, fp4_e2m1. */
  static Either<String, String> kvCacheDtype(String wire) {
    return switch (wire) {
      case "auto", "bfloat16", "fp8_e5m2" -> Either.right(wire);
      case "fp8" -> Either.right("fp8_e4m3");
      default ->
          Either.left(
              "SGLang's --kv-cache-dtype takes auto, bfloat16, fp8 (fp8_e4m3) or fp8_e5m2, not "
                  + wire);
    };
  }
}
