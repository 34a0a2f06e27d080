package io.github.modelconfig.domain.plan.command;

import io.vavr.control.Either;

/**
 * Rule: {@code max serve} for a plan. MAX shards a replica over every device it is given ({@code
 * --devices gpu:0,...}) and replicates it {@code --data-parallel-degree} times over them; it has no
 * pipeline parallelism. Flag names from MAX's {@code max serve} CLI reference (modular/modular,
 * max/docs, and MAXModelConfig/KVCacheConfig field names in kebab case); docs/runtimes.md.
 */
public final class MaxCommand {

  private MaxCommand() {}

  /** The command, or why MAX cannot take the request. */
  public static Either<String, LaunchCommand> build(LaunchRequest r) {
    if (r.pipelineParallel() > 1) {
      return Either.left("MAX has no pipeline parallelism: use --pipeline-parallel 1");
    }
    Either<String, String> kv = kvCacheFormat(r.kvCacheDtype());
    if (kv.isLeft()) {
      return Either.left(kv.getLeft());
    }
    Words w = new Words("max", "serve", "--model-path", r.model());
    r.revision()
        .forEach(
            rev ->
                w.flag("--huggingface-model-revision", rev)
                    .flag("--huggingface-weight-revision", rev));
    int devices = r.tensorParallel() * r.dataParallel();
    StringBuilder ids = new StringBuilder("gpu:");
    for (int i = 0; i < devices; i++) {
      ids.append(i == 0 ? "" : ",").append(i);
    }
    w.flag("--devices", ids).degree("--data-parallel-degree", r.dataParallel());
    w.flag("--max-length", r.maxLength());
    r.memoryUtilization().forEach(u -> w.flag("--device-memory-utilization", Decimals.of(u)));
    if (!kv.get().equals("auto")) {
      w.flag("--kv-cache-format", kv.get());
    }
    r.dtype().forEach(d -> w.flag("--quantization-encoding", d));
    return Either.right(w.build());
  }

  /** KVCacheConfig.kv_cache_format: float32, bfloat16 or float8_e4m3fn. */
  static Either<String, String> kvCacheFormat(String wire) {
    return switch (wire) {
      case "auto", "float32", "bfloat16" -> Either.right(wire);
      case "fp8" -> Either.right("float8_e4m3fn");
      default ->
          Either.left(
              "MAX's --kv-cache-format takes float32, bfloat16 or float8_e4m3fn (fp8), not "
                  + wire);
    };
  }
}
