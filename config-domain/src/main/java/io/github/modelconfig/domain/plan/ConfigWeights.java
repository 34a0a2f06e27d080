package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.model.MlaShape;
import io.github.modelconfig.domain.model.RawModelConfig;

/**
 * Rule: a weight inventory estimated from config.json when no tensor shapes were read (flagged
 * {@code estimated}): a Llama-style decoder (q/k/v/o projections, gated MLP of three matrices, two
 * norms per layer), MoE layers with routed experts, a router and {@code n_shared_experts} after the
 * first {@code first_k_dense_replace} dense layers, MLA projections ({@code q_lora_rank}, {@code
 * kv_a_proj_with_mqa} replicated, {@code kv_b_proj} sharded), untied heads. Linear weights of a
 * quantized checkpoint cost {@code bits / 8} bytes per element ({@code quantization_config.bits})
 * plus a 2-byte scale per {@code group_size} (128); FP8 one byte plus a float32 scale per {@code
 * weight_block_size} block; MXFP4 half a byte plus a byte per 32.
 */
final class ConfigWeights {

  private ConfigWeights() {}

  static WeightInventory estimate(ModelShape s, RawModelConfig config) {
    RawModelConfig text = ConfigShape.text(config);
    int b = s.computeDtypeBytes();
    double linear = linearBytesPerElement(config, b);
    long h = s.hiddenSize();
    WeightInventory.Builder w = WeightInventory.builder(s.numLayers());
    long firstDense = text.integer("first_k_dense_replace").getOrElse(0L);
    long shared = text.integer("n_shared_experts").getOrElse(0L);
    long sharedWidth =
        text.integer("shared_expert_intermediate_size").getOrElse(shared * s.moeIntermediateSize());
    for (int l = 0; l < s.numLayers(); l++) {
      attention(w, l, s, text, linear, b);
      boolean moe = s.numExperts() > 0 && l >= firstDense;
      if (moe) {
        w.add(
            l,
            WeightClass.EXPERTS,
            bytes(3L * s.numExperts() * h * s.moeIntermediateSize(), linear));
        w.add(l, WeightClass.SHARDED, bytes(3L * h * sharedWidth, linear));
        w.add(l, WeightClass.REPLICATED, (long) s.numExperts() * h * b);
      } else {
        w.add(l, WeightClass.SHARDED, bytes(3L * h * s.intermediateSize(), linear));
      }
      w.add(l, WeightClass.REPLICATED, 2L * h * b);
    }
    w.add(-1, WeightClass.EMBEDDING, s.vocabSize() * h * b);
    if (!s.tiedEmbeddings()) {
      w.add(-1, WeightClass.LM_HEAD, s.vocabSize() * h * b);
    }
    w.add(-1, WeightClass.REPLICATED, h * b);
    return w.storedDtypeBytes(linear == b ? b : 0).estimated(true).build();
  }

  private static void attention(
      WeightInventory.Builder w, int l, ModelShape s, RawModelConfig text, double linear, int b) {
    long h = s.hiddenSize();
    long heads = s.numHeads();
    if (s.mla().isDefined()) {
      MlaShape m = s.mla().get();
      long qk = m.qkHeadDim().getOrElse(s.headDim());
      long v = m.vHeadDim().getOrElse(s.headDim());
      long qLora = text.integer("q_lora_rank").getOrElse(0L);
      long q = qLora > 0 ? heads * qk * qLora : h * heads * qk;
      if (qLora > 0) {
        w.add(l, WeightClass.REPLICATED, bytes(h * qLora, linear) + qLora * b);
      }
      w.add(
          l,
          WeightClass.SHARDED,
          bytes(q + m.kvLoraRank() * heads * (qk - m.qkRopeHeadDim() + v) + heads * v * h, linear));
      w.add(l, WeightClass.REPLICATED, bytes(h * m.latentDim(), linear) + m.kvLoraRank() * b);
      return;
    }
    long d = s.headDim();
    w.add(l, WeightClass.SHARDED, bytes(2L * h * heads * d, linear));
    w.add(l, WeightClass.KV_PROJECTION, bytes(2L * h * s.numKvHeads() * d, linear));
  }

  private static long bytes(long elements, double perElement) {
    return (long) Math.ceil(elements * perElement);
  }

  /** Bytes per linear weight element: the dtype, or {@code bits / 8} plus group scales. */
  static double linearBytesPerElement(RawModelConfig config, int computeBytes) {
    var q = config.object("quantization_config");
    if (q.isEmpty()) {
      return computeBytes;
    }
    String method = q.get().string("quant_method").getOrElse("");
    var block = q.get().list("weight_block_size");
    if (method.contains("fp8") && block.isDefined() && block.get().size() == 2) {
      // Block-wise FP8 (DeepSeek-V3, Qwen3 FP8): one float32 scale per block of b0 x b1.
      long b0 = RawModelConfig.asLong(block.get().get(0)).getOrElse(128L);
      long b1 = RawModelConfig.asLong(block.get().get(1)).getOrElse(128L);
      return 1 + 4.0 / (b0 * b1);
    }
    if (method.contains("fp8") || method.contains("fbgemm")) {
      return 1;
    }
    if (method.contains("mxfp4")) {
      return 0.5 + 1.0 / 32; // 4-bit values, one 8-bit scale per 32 (OCP MX)
    }
    long bits = q.get().integer("bits").getOrElse(4L);
    long group = q.get().integer("group_size").filter(g -> g > 0).getOrElse(128L);
    return bits / 8.0 + 2.0 / group;
  }
}
