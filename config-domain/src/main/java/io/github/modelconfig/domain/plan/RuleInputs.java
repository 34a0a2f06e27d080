package io.github.modelconfig.domain.plan;

/** Rule: the settings every runtime resolves the same way: weight dtype factor, KV element type. */
final class RuleInputs {

  private RuleInputs() {}

  /**
   * The compute dtype's element size over the checkpoint's unquantized one (float32 checkpoint
   * served in bfloat16: 0.5); 1 when the checkpoint is quantized.
   */
  static double weightFactor(PlanModel m, PlanSettings s) {
    int stored = m.weights().storedDtypeBytes();
    return stored == 0 ? 1.0 : (double) computeBytes(m, s) / stored;
  }

  /**
   * Element bytes of the compute dtype: {@code --dtype}, else the model's {@code torch_dtype} with
   * float32 served as bfloat16, as vLLM's and SGLang's {@code --dtype auto} do ({@code
   * _get_and_verify_dtype}, vllm/config/model.py: "Downcasting torch.float32 to torch.bfloat16").
   */
  static int computeBytes(PlanModel m, PlanSettings s) {
    return s.dtype()
        .map(d -> d.sizeInBytes())
        .getOrElse(Math.min(2, m.shape().computeDtypeBytes()));
  }

  /**
   * The RoPE cos/sin cache vLLM and SGLang keep once per rank beside the weights ({@code
   * RotaryEmbedding.cos_sin_cache}, vllm/model_executor/layers/rotary_embedding): {@code
   * max_position_embeddings * rotary_dim} elements of the compute dtype, the rotary width being
   * MLA's {@code qk_rope_head_dim} or the head width.
   */
  static long ropeCacheBytes(PlanModel m, PlanSettings s) {
    long rotary = m.shape().mla().map(x -> x.qkRopeHeadDim()).getOrElse(m.shape().headDim());
    return m.contextLength().getOrElse(0L) * rotary * computeBytes(m, s);
  }
}
