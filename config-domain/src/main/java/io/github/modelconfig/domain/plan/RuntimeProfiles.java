package io.github.modelconfig.domain.plan;

import io.vavr.control.Option;
import java.util.List;

/**
 * Value: the runtime versions {@code plan} knows, the latest of each runtime first. Each profile's
 * numbers carry their source; calibrated constants are fitted in docs/accuracy.md.
 */
public final class RuntimeProfiles {

  /** vLLM V1 engine; defaults from vllm/config/cache.py and vllm/engine/arg_utils.py. */
  public static final RuntimeProfile VLLM =
      new RuntimeProfile(
          RuntimeKind.VLLM,
          "0.11",
          0.9,
          16,
          0,
          0,
          new Calibration(0, 0, 2, 4, 512L << 20, 0, 0),
          "vllm v0.11.0: vllm/config/cache.py (gpu_memory_utilization 0.9, block_size 16),"
              + " vllm/v1/worker/gpu_worker.py, vllm/engine/arg_utils.py");

  /** SGLang; defaults from python/sglang/srt/server_args.py. */
  public static final RuntimeProfile SGLANG =
      new RuntimeProfile(
          RuntimeKind.SGLANG,
          "0.5",
          0,
          1,
          0,
          0,
          new Calibration(0, 0, 0, 0, 512L << 20, 0, 0),
          "sglang v0.5: python/sglang/srt/server_args.py, model_executor/model_runner.py");

  /** llama.cpp server; defaults from common/common.h and src/llama-context.cpp. */
  public static final RuntimeProfile LLAMA_CPP =
      new RuntimeProfile(
          RuntimeKind.LLAMA_CPP,
          "b6700",
          1.0,
          LlamaCppRules.CONTEXT_PAD,
          512,
          1,
          new Calibration(0, 0, 0, 1, 0, 0, 0),
          "llama.cpp b6700: src/llama-kv-cache.cpp, src/llama-context.cpp, common/common.h");

  /** MAX as resolve implements it (docs/max-reference.md). */
  public static final RuntimeProfile MAX =
      new RuntimeProfile(
          RuntimeKind.MAX,
          "25.6",
          0.9,
          128,
          8192,
          512,
          Calibration.NONE,
          "MAX 25.6: max/pipelines/lib/memory_estimation.py (as resolve implements it)");

  private static final List<RuntimeProfile> ALL = List.of(VLLM, SGLANG, LLAMA_CPP, MAX);

  private RuntimeProfiles() {}

  /** Every known profile. */
  public static List<RuntimeProfile> all() {
    return ALL;
  }

  /** The latest profile of {@code kind}. */
  public static RuntimeProfile latest(RuntimeKind kind) {
    return ALL.stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
  }

  /** The profile of {@code kind} at {@code version} (prefix match: "0.11" finds "0.11.0"). */
  public static Option<RuntimeProfile> of(RuntimeKind kind, String version) {
    return Option.ofOptional(
        ALL.stream()
            .filter(
                p ->
                    p.kind() == kind
                        && (p.version().startsWith(version) || version.startsWith(p.version())))
            .findFirst());
  }
}
