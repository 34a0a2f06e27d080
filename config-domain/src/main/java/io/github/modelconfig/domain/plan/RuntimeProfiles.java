package io.github.modelconfig.domain.plan;

import io.vavr.control.Option;
import java.util.List;

/**
 * Value: the runtime versions {@code plan} knows, each covering the releases from its {@code from}
 * version until the next profile of the same runtime; the latest of each runtime first. Constants
 * and their sources: docs/plan-runtimes.md; calibrated ones: docs/accuracy.md.
 */
public final class RuntimeProfiles {

  private static final long GIB = 1L << 30;
  private static final long MIB = 1L << 20;

  /**
   * vLLM V1 from 0.21: {@code gpu_memory_utilization} 0.92 (vllm PR #38284), CUDA-graph memory
   * estimated and subtracted before the KV cache (default since v0.21.0).
   */
  public static final RuntimeProfile VLLM =
      new RuntimeProfile(
          RuntimeKind.VLLM,
          "0.28",
          0.92,
          16,
          0,
          0,
          new Calibration(0, 4, 3, 10, 2.1, 270 * MIB, 0, 600 * MIB, 0),
          "vllm 0.21-0.28: vllm/config/cache.py (gpu_memory_utilization 0.92, block_size 16),"
              + " vllm/v1/worker/gpu_worker.py determine_available_memory (CUDA graphs profiled),"
              + " vllm/engine/arg_utils.py get_batch_defaults");

  /** vLLM V1 0.10-0.20: utilization 0.9, CUDA graphs captured after the KV cache (not counted). */
  public static final RuntimeProfile VLLM_0_19 =
      new RuntimeProfile(
          RuntimeKind.VLLM,
          "0.19",
          0.9,
          16,
          0,
          0,
          new Calibration(0, 4, 3, 10, 2.1, 270 * MIB, 0, 0, 0),
          "vllm 0.10-0.20: vllm/config/cache.py (gpu_memory_utilization 0.9, block_size 16),"
              + " vllm/v1/worker/gpu_worker.py determine_available_memory,"
              + " vllm/utils/mem_utils.py memory_profiling, vllm/engine/arg_utils.py");

  /** SGLang from 0.5.3: mem_fraction_static from GPU memory (sglang PR #10975). */
  public static final RuntimeProfile SGLANG =
      new RuntimeProfile(
          RuntimeKind.SGLANG,
          "0.5",
          0,
          1,
          0,
          0,
          new Calibration(0, 0, 0, 0, 0, 410 * MIB, 40 * MIB, 0, 100 * MIB),
          "sglang 0.5.3+: python/sglang/srt/server_args.py _handle_gpu_memory_settings,"
              + " python/sglang/srt/model_executor/model_runner.py profile_max_num_token");

  /** SGLang 0.2-0.5.2: mem_fraction_static by tensor parallelism. */
  public static final RuntimeProfile SGLANG_0_4 =
      new RuntimeProfile(
          RuntimeKind.SGLANG,
          "0.4",
          0,
          1,
          0,
          0,
          new Calibration(0, 0, 0, 0, 0, 410 * MIB, 40 * MIB, 0, 100 * MIB),
          "sglang 0.2-0.5.2: python/sglang/srt/server_args.py __post_init__,"
              + " python/sglang/srt/model_executor/model_runner.py profile_max_num_token");

  /** llama.cpp server with n_ctx padded to 256 (since llama.cpp PR #17046). */
  public static final RuntimeProfile LLAMA_CPP =
      new RuntimeProfile(
          RuntimeKind.LLAMA_CPP,
          "b8571",
          1.0,
          LlamaCppRules.CONTEXT_PAD,
          512,
          1,
          new Calibration(0, 0, 0, 0, 1, 0, 0, 0, 0),
          "llama.cpp: src/llama-context.cpp (n_ctx padded to 256), src/llama-kv-cache.cpp,"
              + " src/llama-kv-cache-iswa.cpp, src/llama-model.cpp, common/common.h");

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
          "MAX: max/pipelines/lib/memory_estimation.py, kv_cache_config.py (as resolve implements"
              + " them)");

  private record Entry(RuntimeProfile profile, int[] from) {}

  private static final List<Entry> ALL =
      List.of(
          new Entry(VLLM, new int[] {0, 21}),
          new Entry(VLLM_0_19, new int[] {0, 0}),
          new Entry(SGLANG, new int[] {0, 5, 3}),
          new Entry(SGLANG_0_4, new int[] {0, 0}),
          new Entry(LLAMA_CPP, new int[] {0}),
          new Entry(MAX, new int[] {0}));

  private RuntimeProfiles() {}

  /** Every known profile, the latest of each runtime first. */
  public static List<RuntimeProfile> all() {
    return ALL.stream().map(Entry::profile).toList();
  }

  /** The latest profile of {@code kind}. */
  public static RuntimeProfile latest(RuntimeKind kind) {
    return all().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
  }

  /** The versions known of {@code kind}, comma-separated. */
  public static String versions(RuntimeKind kind) {
    return String.join(
        ", ", all().stream().filter(p -> p.kind() == kind).map(RuntimeProfile::version).toList());
  }

  /**
   * The profile covering {@code version} of {@code kind} ({@code 0.25.1} finds vLLM's 0.21+
   * profile, {@code 0.17} the 0.10-0.20 one; llama.cpp's {@code b1234} its only one); none when the
   * text is not a version.
   */
  public static Option<RuntimeProfile> of(RuntimeKind kind, String version) {
    Option<int[]> asked = parse(version);
    if (asked.isEmpty()) {
      return Option.none();
    }
    for (Entry e : ALL) {
      if (e.profile().kind() == kind && compare(asked.get(), e.from()) >= 0) {
        return Option.of(e.profile());
      }
    }
    return Option.none();
  }

  static Option<int[]> parse(String version) {
    String v = version.strip().toLowerCase(java.util.Locale.ROOT);
    v = v.startsWith("v") || v.startsWith("b") ? v.substring(1) : v;
    String[] parts = v.split("\\.");
    int[] numbers = new int[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        numbers[i] = Integer.parseInt(parts[i].replaceAll("[^0-9].*$", ""));
      }
    } catch (NumberFormatException e) {
      return Option.none();
    }
    return Option.of(numbers);
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      int x = i < a.length ? a[i] : 0;
      int y = i < b.length ? b[i] : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }
}
