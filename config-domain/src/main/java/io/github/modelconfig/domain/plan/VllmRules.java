package io.github.modelconfig.domain.plan;

/**
 * Rule: vLLM V1's memory accounting (vllm/v1/worker/gpu_worker.py {@code
 * determine_available_memory}, v0.11.0): the budget is {@code total * gpu_memory_utilization} of
 * the CUDA-visible total; from it go the weights, the peak activation of a profiling forward pass
 * of {@code max_num_batched_tokens} tokens and a sampler pass of {@code max_num_seqs} sequences,
 * and the non-torch memory that grew meanwhile (CUDA context, NCCL and custom all-reduce buffers);
 * the rest is KV cache in blocks of 16 tokens. The profiling-run sizes default by GPU
 * (vllm/engine/arg_utils.py {@code _set_default_args}): {@code vllm serve} uses 8192 batched tokens
 * and 1024 sequences on GPUs of at least 70 GiB, 2048 and 256 below.
 */
final class VllmRules {

  static final long LARGE_GPU_BYTES = 70L << 30;

  private VllmRules() {}

  static GpuRule rule(PlanModel m, RuntimeProfile p, Layout l, PlanSettings s, PlanDevice gpu) {
    boolean large = gpu.visibleBytes() >= LARGE_GPU_BYTES;
    long tokens =
        s.maxBatchedTokens()
            .getOrElse(p.maxBatchedTokens() > 0 ? p.maxBatchedTokens() : large ? 8192L : 2048L);
    int seqs =
        s.maxSequences().getOrElse(p.maxSequences() > 0 ? p.maxSequences() : large ? 1024 : 256);
    int dtypeBytes = RuleInputs.computeBytes(m, s);
    long activation =
        p.calibration().activationBytes(tokens, seqs, m.shape(), l.tensorParallel(), dtypeBytes);
    return new GpuRule(
        s.memoryUtilization().getOrElse(p.memoryUtilization()),
        p.blockSize(),
        activation,
        p.calibration().overheadBytes(l.tensorParallel()),
        true,
        s.kvCacheDtype(),
        RuleInputs.computeBytes(m, s),
        RuleInputs.weightFactor(m, s),
        RuleInputs.ropeCacheBytes(m, s),
        true);
  }
}
