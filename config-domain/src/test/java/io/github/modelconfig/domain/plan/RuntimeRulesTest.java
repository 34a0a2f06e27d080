package io.github.modelconfig.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.testdata.TestConfigs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each runtime rule with numbers checked by hand (the arithmetic is in the comments). */
class RuntimeRulesTest {

  static final long MIB = 1L << 20;

  /** Qwen2.5-7B-Instruct's config.json (huggingface.co/Qwen/Qwen2.5-7B-Instruct). */
  static Map<String, Object> qwen25_7b() {
    Map<String, Object> c = new HashMap<>();
    c.put("architectures", List.of("Qwen2ForCausalLM"));
    c.put("model_type", "qwen2");
    c.put("hidden_size", 3584L);
    c.put("intermediate_size", 18944L);
    c.put("num_hidden_layers", 28L);
    c.put("num_attention_heads", 28L);
    c.put("num_key_value_heads", 4L);
    c.put("vocab_size", 152064L);
    c.put("max_position_embeddings", 32768L);
    c.put("torch_dtype", "bfloat16");
    c.put("tie_word_embeddings", false);
    return c;
  }

  @Test
  void sglang_mem_fraction_static_from_gpu_memory() {
    // H100: 85,030,486,016 B = 81,090 MiB; tp=1: reserved 512 + 8192*1.5 + 256*2 + 1/8*1024
    //   = 13,440 MiB (>= 10 GiB); (81090 - 13440) / 81090 = 0.83426 -> 0.834.
    assertThat(SglangRules.byGpuMemory(81_090, new Layout(1, 1, 1))).isEqualTo(0.834);
    // tp=8: 512 + 12288 + 512*2 + 8/8*1024 = 14,848; (81090 - 14848) / 81090 = 0.81689 -> 0.817.
    assertThat(SglangRules.byGpuMemory(81_090, new Layout(8, 1, 1))).isEqualTo(0.817);
    // RTX 4090, 24,207 MiB (< 35 GiB): chunked 2048, graph bs 24: 512 + 3072 + 48 + 128 = 3,760;
    //   (24207 - 3760) / 24207 = 0.84467 -> 0.845.
    assertThat(SglangRules.byGpuMemory(24_207, new Layout(1, 1, 1))).isEqualTo(0.845);
    // Up to 0.5.2: by tp only.
    assertThat(SglangRules.byTensorParallel(4)).isEqualTo(0.85);
    assertThat(SglangRules.byTensorParallel(1)).isEqualTo(0.88);
  }

  @Test
  void llama_cpp_kv_cache_is_padded_context_times_k_and_v_widths() {
    // Qwen2.5-7B: 28 layers, 4 KV heads * 128 = 512 for K and for V; n_ctx 8000 -> 8192 cells;
    // 28 * 8192 * 1024 * 2 B = 469,762,048 B = 448 MiB (the "KV self size = 448.00 MiB" of a
    // llama.cpp log of this model, ollama#8990).
    PlanModel m = PlanAccountingTest.model(TestConfigs.raw(qwen25_7b()));
    List<PlanDevice> gpu = List.of(new PlanDevice(0, "L40S", 46_068 * MIB, "test"));
    Accounting a =
        PlanAccounting.evaluate(
            m, RuntimeProfiles.LLAMA_CPP, Layout.SINGLE, 8000, gpu, PlanSettings.DEFAULTS);
    assertThat(a.kvCacheTokens()).isEqualTo(8192);
    assertThat(a.devices().get(0).kvCacheBytes()).isEqualTo(448 * MIB);
    // q8_0: 1024 elements -> 32 blocks of 34 B = 1,088 B per layer and token: 28 * 8192 * 1088.
    PlanSettings q8 =
        new PlanSettings(
            io.vavr.control.Option.none(),
            KvDtype.Q8_0,
            io.vavr.control.Option.none(),
            io.vavr.control.Option.none(),
            io.vavr.control.Option.none());
    Accounting b =
        PlanAccounting.evaluate(m, RuntimeProfiles.LLAMA_CPP, Layout.SINGLE, 8000, gpu, q8);
    assertThat(b.devices().get(0).kvCacheBytes()).isEqualTo(28L * 8192 * 1088);
  }

  @Test
  void llama_cpp_keeps_the_input_embedding_on_the_host() {
    // Untied Qwen2.5-7B: token_embd 152064 * 3584 * 2 B = 1,089,994,752 B on the host.
    PlanModel m = PlanAccountingTest.model(TestConfigs.raw(qwen25_7b()));
    List<PlanDevice> devices =
        List.of(
            new PlanDevice(0, "L40S", 46_068 * MIB, "test"),
            new PlanDevice(-1, "host", 64L << 30, "test"));
    Accounting a =
        PlanAccounting.evaluate(
            m, RuntimeProfiles.LLAMA_CPP, Layout.SINGLE, 4096, devices, PlanSettings.DEFAULTS);
    assertThat(a.devices()).hasSize(2);
    assertThat(a.devices().get(1).id()).isEqualTo(-1);
    assertThat(a.devices().get(1).weightsBytes()).isEqualTo(1_089_994_752L);
    assertThat(a.devices().get(0).weightsBytes() + a.devices().get(1).weightsBytes())
        .isEqualTo(m.weights().totalBytes());
  }

  @Test
  void kv_heads_are_replicated_when_tensor_parallelism_exceeds_them() {
    // Llama-3-8B, 8 KV heads, tp=16: each rank keeps max(1, 8/16) = 1 head:
    // 32 layers * 2 * 1 * 128 * 2 B = 16,384 B per token (not 8,192).
    ModelShape s = PlanAccountingTest.model(PlanAccountingTest.llama3()).shape();
    assertThat(KvPerToken.elementsPerLayer(s, 16)).isEqualTo(256);
    assertThat(KvPerToken.elementsPerLayer(s, 4)).isEqualTo(2 * 2 * 128);
  }

  @Test
  void mla_caches_one_latent_head_on_every_rank() {
    // DeepSeek-V3: kv_lora_rank 512 + qk_rope_head_dim 64 = 576 elements per layer, whatever tp;
    // 61 layers * 576 * 2 B = 70,272 B per token.
    PlanModel m = PlanAccountingTest.model(TestConfigs.recent("deepseek-v3"));
    assertThat(KvPerToken.elementsPerLayer(m.shape(), 8)).isEqualTo(576);
    assertThat(KvPerToken.bytes(m, KvDtype.BFLOAT16, 2, 8, 1, 0, true)).isEqualTo(70_272);
  }

  @Test
  void runtime_versions_pick_the_profile_covering_them() {
    assertThat(RuntimeProfiles.of(RuntimeKind.VLLM, "0.25.1").get()).isSameAs(RuntimeProfiles.VLLM);
    assertThat(RuntimeProfiles.of(RuntimeKind.VLLM, "v0.17.1").get())
        .isSameAs(RuntimeProfiles.VLLM_0_19);
    assertThat(RuntimeProfiles.of(RuntimeKind.SGLANG, "0.4.9").get())
        .isSameAs(RuntimeProfiles.SGLANG_0_4);
    assertThat(RuntimeProfiles.of(RuntimeKind.SGLANG, "0.5.3").get())
        .isSameAs(RuntimeProfiles.SGLANG);
    assertThat(RuntimeProfiles.of(RuntimeKind.VLLM, "latest")).isEmpty();
    assertThat(RuntimeProfiles.latest(RuntimeKind.VLLM).memoryUtilization()).isEqualTo(0.92);
  }

  @Test
  void gemma2_alternates_sliding_and_full_layers() {
    // gemma-2-9b: 42 layers, sliding_window 4096, even layers sliding.
    PlanModel m = PlanAccountingTest.model(TestConfigs.fixture("gemma-2-9b", "config.json"));
    assertThat(m.layers().count(LayerKind.SLIDING, 0, 42)).isEqualTo(21);
    assertThat(m.layers().kind(0)).isEqualTo(LayerKind.SLIDING);
    assertThat(m.layers().slidingWindow()).isEqualTo(4096);
  }
}
