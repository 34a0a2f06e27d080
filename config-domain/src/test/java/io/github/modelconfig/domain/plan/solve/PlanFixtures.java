package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.plan.AttentionLayers;
import io.github.modelconfig.domain.plan.ModelShape;
import io.github.modelconfig.domain.plan.PlanDevice;
import io.github.modelconfig.domain.plan.PlanModel;
import io.github.modelconfig.domain.plan.PlanModels;
import io.github.modelconfig.domain.plan.WeightClass;
import io.github.modelconfig.domain.plan.WeightInventory;
import io.github.modelconfig.domain.testdata.TestConfigs;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Test data: real models' config.json values and the GPUs of the three reference targets. */
final class PlanFixtures {

  /** torch.cuda.mem_get_info total of an H100 80GB HBM3 (79.19 GiB). */
  static final long H100 = 85_030_486_016L;

  /** nvidia-smi totals of the target catalog: L40S 46,068 MiB, RTX 4090 24,564 MiB. */
  static final long L40S = 46_068L << 20;

  static final long RTX4090 = 24_564L << 20;

  private PlanFixtures() {}

  static List<PlanDevice> gpus(String name, long bytes, int n) {
    return IntStream.range(0, n).mapToObj(i -> new PlanDevice(i, name, bytes, "test")).toList();
  }

  static PlanModel model(RawModelConfig config) {
    ModelFacts f = ModelFacts.of(Option.of(config), Option.none()).get();
    return PlanModels.fromConfig("test", f, config).get();
  }

  static PlanModel recent(String dir) {
    return model(TestConfigs.recent(dir));
  }

  /** meta-llama/Llama-3.1-{8B,70B}-Instruct config.json (the Hub's, fields as published). */
  static PlanModel llama31(int hidden, int intermediate, int layers, int heads) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("architectures", List.of("LlamaForCausalLM"));
    c.put("model_type", "llama");
    c.put("hidden_size", (long) hidden);
    c.put("intermediate_size", (long) intermediate);
    c.put("num_hidden_layers", (long) layers);
    c.put("num_attention_heads", (long) heads);
    c.put("num_key_value_heads", 8L);
    c.put("max_position_embeddings", 131_072L);
    c.put("vocab_size", 128_256L);
    c.put("rope_theta", 500_000.0);
    c.put(
        "rope_scaling",
        Map.of(
            "factor", 8.0,
            "low_freq_factor", 1.0,
            "high_freq_factor", 4.0,
            "original_max_position_embeddings", 8192L,
            "rope_type", "llama3"));
    c.put("tie_word_embeddings", false);
    c.put("torch_dtype", "bfloat16");
    return model(TestConfigs.raw(c));
  }

  static PlanModel llama31_8b() {
    return llama31(4096, 14_336, 32, 32);
  }

  static PlanModel llama31_70b() {
    return llama31(8192, 28_672, 80, 64);
  }

  /**
   * A GGUF-like 70B: 80 layers of 500 MiB (a Q4-class file of ~40 GiB), f16 KV of 8 KV heads x 128,
   * vocabulary 128,256, a 525 MiB embedding and a 525 MiB output head.
   */
  static PlanModel gguf80() {
    long mib = 1L << 20;
    ModelShape shape =
        new ModelShape(80, 8192, 64, 8, 128, 128_256, 28_672, 0, 0, 0, Option.none(), false, 2);
    WeightInventory.Builder w = WeightInventory.builder(80);
    for (int l = 0; l < 80; l++) {
      w.add(l, WeightClass.SHARDED, 500 * mib);
    }
    w.add(-1, WeightClass.EMBEDDING, 525 * mib).add(-1, WeightClass.LM_HEAD, 525 * mib);
    return new PlanModel(
        "llama", shape, AttentionLayers.uniform(80), w.build(), Option.of(131_072L));
  }

  /** Qwen/Qwen2.5-72B-Instruct config.json (the Hub's, fields as published). */
  static PlanModel qwen25_72b() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("architectures", List.of("Qwen2ForCausalLM"));
    c.put("model_type", "qwen2");
    c.put("hidden_size", 8192L);
    c.put("intermediate_size", 29_568L);
    c.put("num_hidden_layers", 80L);
    c.put("num_attention_heads", 64L);
    c.put("num_key_value_heads", 8L);
    c.put("max_position_embeddings", 32_768L);
    c.put("vocab_size", 152_064L);
    c.put("rope_theta", 1_000_000.0);
    c.put("sliding_window", 131_072L);
    c.put("use_sliding_window", false);
    c.put("tie_word_embeddings", false);
    c.put("torch_dtype", "bfloat16");
    return model(TestConfigs.raw(c));
  }
}
