package io.github.modelconfig.domain.plan;

/**
 * Rule: SGLang's memory accounting (python/sglang/srt/model_executor/model_runner.py {@code
 * profile_max_num_token}): the KV pool gets what is free after loading the weights less {@code
 * total * (1 - mem_fraction_static)}, i.e. {@code total * mem_fraction_static - weights - overhead}
 * where the overhead is what CUDA context and NCCL took before the free memory was read; one token
 * costs its cell size over the rank's layers; pages of 1 token. Activations live in the {@code 1 -
 * mem_fraction_static} left outside the budget.
 */
final class SglangRules {

  static final long MIB = 1L << 20;

  private SglangRules() {}

  static GpuRule rule(PlanModel m, RuntimeProfile p, Layout l, PlanSettings s, PlanDevice gpu) {
    double fraction =
        s.memoryUtilization()
            .getOrElse(
                () ->
                    p.memoryUtilization() > 0
                        ? p.memoryUtilization()
                        : p.version().startsWith("0.4")
                            ? byTensorParallel(l.tensorParallel())
                            : byGpuMemory(gpu.visibleBytes() / MIB, l));
    return new GpuRule(
        fraction,
        p.blockSize(),
        0,
        p.calibration().nonTorchBytes(),
        true,
        s.kvCacheDtype(),
        RuleInputs.computeBytes(m, s),
        RuleInputs.weightFactor(m, s),
        RuleInputs.ropeCacheBytes(m, s) + loadExtra(p.calibration(), l.tensorParallel()),
        false);
  }

  /**
   * The default {@code mem_fraction_static} of SGLang up to 0.5.2 (server_args.py {@code
   * __post_init__}, v0.4.x): 0.79 at tp >= 16, 0.81 at >= 8, 0.85 at >= 4, 0.87 at >= 2, else 0.88.
   */
  static double byTensorParallel(int tp) {
    if (tp >= 16) {
      return 0.79;
    }
    if (tp >= 8) {
      return 0.81;
    }
    if (tp >= 4) {
      return 0.85;
    }
    return tp >= 2 ? 0.87 : 0.88;
  }

  /**
   * The default of SGLang from 0.5.3 (sglang PR #10975, server_args.py {@code
   * _handle_gpu_memory_settings}): {@code reserved = 512 + max(chunked_prefill, 2048) * 1.5 +
   * cuda_graph_max_bs * 2 + tp * pp / 8 * 1024} MiB, at least 10 GiB on GPUs over 60 GiB; {@code
   * round((gpu_mem - reserved) / gpu_mem, 3)}. Chunked prefill and graph batch sizes by GPU memory.
   */
  static double byGpuMemory(long gpuMib, Layout l) {
    int tp = l.tensorParallel();
    long chunked;
    long graphBs;
    if (gpuMib < 20 * 1024) {
      chunked = 2048;
      graphBs = 8;
    } else if (gpuMib < 35 * 1024) {
      chunked = 2048;
      graphBs = tp < 4 ? 24 : 80;
    } else if (gpuMib < 60 * 1024) {
      chunked = 4096;
      graphBs = tp < 4 ? 32 : 160;
    } else if (gpuMib < 160 * 1024) {
      chunked = 8192;
      graphBs = tp < 4 ? 256 : 512;
    } else {
      chunked = 16384;
      graphBs = 512;
    }
    double reserved =
        512 + Math.max(chunked, 2048) * 1.5 + graphBs * 2 + tp * l.pipelineParallel() / 8.0 * 1024;
    if (gpuMib > 60 * 1024) {
      reserved = Math.max(reserved, 10 * 1024);
    }
    return Math.round((gpuMib - reserved) / gpuMib * 1000) / 1000.0;
  }

  /**
   * The bytes SGLang's "mem usage" after loading counts beyond the tensors: a fixed part, and
   * communication buffers of each further rank (they are allocated before the free memory is read
   * again, so they weigh like weights).
   */
  static long loadExtra(Calibration c, int tp) {
    return c.loadExtraBytes() + c.commBytesPerRank() * (tp - 1L);
  }
}
