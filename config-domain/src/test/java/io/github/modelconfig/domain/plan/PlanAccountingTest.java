package io.github.modelconfig.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.testdata.TestConfigs;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanAccountingTest {

  /** torch.cuda.mem_get_info total of an H100 80GB HBM3: 79.19 GiB. */
  static final long H100 = 85_030_486_016L;

  /** Meta-Llama-3-8B-Instruct's config.json as published (torch_dtype bfloat16). */
  static RawModelConfig llama3() {
    Map<String, Object> c =
        new HashMap<>(TestConfigs.fixture("meta-llama-3-8b-instruct", "config.json").values());
    c.put("torch_dtype", "bfloat16");
    return TestConfigs.raw(c);
  }

  static PlanModel model(RawModelConfig config) {
    ModelFacts f = ModelFacts.of(Option.of(config), Option.none()).get();
    return PlanModels.fromConfig("test", f, config).get();
  }

  static List<PlanDevice> h100s(int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> new PlanDevice(i, "H100", H100, "test"))
        .toList();
  }

  static RuntimeProfile vllm(Calibration c) {
    return new RuntimeProfile(RuntimeKind.VLLM, "test", 0.9, 16, 0, 0, c, "test");
  }

  @Test
  void llama3_8b_weights_estimated_from_config_match_the_parameter_count() {
    // 8,030,261,248 parameters (Hub safetensors total) * 2 bytes (bfloat16).
    PlanModel m = model(llama3());
    assertThat(m.weights().totalBytes()).isEqualTo(16_060_522_496L);
    assertThat(m.weights().estimated()).isTrue();
  }

  @Test
  void vllm_tp1_kv_tokens_follow_the_budget_rule() {
    // budget floor(85,030,486,016 * 0.9) = 76,527,437,414
    // weights 16,060,522,496 + RoPE cache 8192 positions * 128 * 2 B = 16,062,619,648
    // activation max(forward 8192 tokens * (2 * 14336) * 2 B = 469,762,048,
    //   sampler 4 * 1024 seqs * 128256 * 4 B = 2,101,346,304); overhead 536,870,912
    // KV free 57,826,600,550; per token 32 layers * 2 * 8 heads * 128 * 2 B = 131,072;
    // per block of 16: 2,097,152 -> 27,573 blocks -> 441,168 tokens.
    PlanModel m = model(llama3());
    Accounting a =
        PlanAccounting.evaluate(
            m,
            vllm(new Calibration(0, 0, 2, 0, 4, 512L << 20, 0, 0, 0)),
            Layout.SINGLE,
            8192,
            h100s(1),
            PlanSettings.DEFAULTS);
    assertThat(a.fits()).isTrue();
    DeviceAccount d = a.devices().get(0);
    assertThat(d.budgetBytes()).isEqualTo(76_527_437_414L);
    assertThat(d.weightsBytes()).isEqualTo(16_062_619_648L);
    assertThat(d.activationBytes()).isEqualTo(2_101_346_304L);
    assertThat(a.kvBytesPerToken()).isEqualTo(131_072L);
    assertThat(a.kvCacheTokens()).isEqualTo(441_168L);
    assertThat(a.maxConcurrency()).isEqualTo(441_168 / 8192.0);
  }

  @Test
  void vllm_tp2_halves_sharded_weights_and_kv_heads() {
    // per rank: layers 32 * (67,108,864 + 16,777,216 + 352,321,536) / 2 + 32 * 16,384 norms
    //   = 6,979,321,856 + 524,288; embedding and head 2 * 1,050,673,152 / 2; final norm 8,192
    //   -> 8,030,527,488 bytes, + RoPE cache 2,097,152 on every rank.
    // KV per token 32 * 2 * 4 * 128 * 2 = 65,536.
    PlanModel m = model(llama3());
    Accounting a =
        PlanAccounting.evaluate(
            m, vllm(Calibration.NONE), new Layout(2, 1, 1), 8192, h100s(2), PlanSettings.DEFAULTS);
    assertThat(a.devices()).hasSize(2);
    assertThat(a.devices().get(1).weightsBytes()).isEqualTo(8_030_527_488L + 2_097_152L);
    assertThat(a.kvBytesPerToken()).isEqualTo(65_536L);
  }

  @Test
  void vllm_refuses_a_vocabulary_not_divisible_by_tp() {
    Map<String, Object> c = new HashMap<>(TestConfigs.tinyLlama());
    c.put("num_attention_heads", 20L);
    c.put("num_key_value_heads", 5L);
    c.put("hidden_size", 2560L);
    c.put("intermediate_size", 10240L);
    c.put("vocab_size", 151_936L);
    Accounting a =
        PlanAccounting.evaluate(
            model(TestConfigs.raw(c)),
            vllm(Calibration.NONE),
            new Layout(5, 1, 1),
            4096,
            h100s(5),
            PlanSettings.DEFAULTS);
    assertThat(a.fits()).isFalse();
    assertThat(a.why().get()).contains("151936 is not divisible by 5");
    assertThat(a.devices()).isEmpty();
  }

  @Test
  void pipeline_stages_give_the_remainder_to_the_stages_before_the_last() {
    // vLLM get_pp_indices(30 layers, pp=4): [7, 8, 8, 7]
    assertThat(List.of(0, 1, 2, 3).stream().map(s -> PipelineStages.size(30, 4, s)))
        .containsExactly(7, 8, 8, 7);
    assertThat(PipelineStages.start(30, 4, 3)).isEqualTo(23);
  }
}
