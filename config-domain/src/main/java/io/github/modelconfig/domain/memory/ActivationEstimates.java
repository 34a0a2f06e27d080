package io.github.modelconfig.domain.memory;

/**
 * Rule: MAX's activation-memory estimates where MAX's pipeline models define them ({@code
 * estimate_activation_memory} in {@code architectures/<dir>/model.py}, docs/max-reference.md):
 * Qwen2.5-VL a fixed 5 GiB; DeepSeek V2/V3 the MLA part {@code dp * 2 * max_length *
 * num_attention_heads * qk_nope_head_dim * kv_dtype_bytes} (the MoE part needs expert parallelism,
 * which is not planned here); every other architecture 0.
 */
final class ActivationEstimates {

  static final long QWEN2_5_VL_BYTES = 5L << 30;

  private ActivationEstimates() {}

  public static long estimate(
      String architecture,
      long numAttentionHeads,
      long qkNopeHeadDim,
      int dataParallelDegree,
      long maxLength,
      int kvDtypeBytes) {
    String arch = architecture.replace("_Legacy", "");
    if (arch.equals("Qwen2_5_VLForConditionalGeneration")) {
      return QWEN2_5_VL_BYTES;
    }
    if (arch.startsWith("DeepseekV3") || arch.startsWith("DeepseekV2")) {
      return (long) Math.max(1, dataParallelDegree)
          * 2
          * maxLength
          * numAttentionHeads
          * qkNopeHeadDim
          * kvDtypeBytes;
    }
    return 0;
  }
}
