package io.github.modelconfig.domain.plan.solve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.plan.Layout;
import io.github.modelconfig.domain.plan.PlanModel;
import io.github.modelconfig.domain.plan.PlanSettings;
import io.github.modelconfig.domain.plan.RuntimeProfiles;
import io.github.modelconfig.domain.testdata.TestConfigs;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutSolverTest {

  static SolveRequest vllm(PlanModel m, String gpu, long bytes, int n) {
    return SolveRequest.choose(
        m, RuntimeProfiles.VLLM, PlanFixtures.gpus(gpu, bytes, n), PlanSettings.DEFAULTS);
  }

  @Test
  void givenLlama70bOn8H100_solve_choosesTp4TimesDp2AtTheFullContextNotTp8() {
    // tp2 holds 80 x 2 x 4 x 128 x 2 B = 163,840 B per token per rank in the ~4.7 GB its 70.6 GB
    // shard and the profiling run leave of 0.9 x 79.19 GiB: ~28K tokens, short of 131,072.
    // tp4 holds 2 replicas; tp8 only one.
    Solution s = LayoutSolver.solve(vllm(PlanFixtures.llama31_70b(), "H100", PlanFixtures.H100, 8));

    assertThat(s.fits()).isTrue();
    assertThat(s.chosen().layout()).isEqualTo(new Layout(4, 1, 2));
    assertThat(s.chosen().maxLength()).isEqualTo(131_072);
    assertThat(s.alternatives())
        .filteredOn(a -> a.candidate().layout().equals(new Layout(8, 1, 1)))
        .singleElement()
        .satisfies(a -> assertThat(a.why()).contains("room for 1 replica where tp4 x dp2 runs 2"));
    assertThat(s.alternatives())
        .filteredOn(a -> a.candidate().layout().equals(new Layout(2, 1, 4)))
        .singleElement()
        .satisfies(a -> assertThat(a.why()).contains("fewer than the max length 131072"));
    assertThat(s.alternatives())
        .filteredOn(a -> a.candidate().layout().equals(new Layout(3, 1, 2)))
        .singleElement()
        .satisfies(a -> assertThat(a.why()).contains("heads (64) must be divisible"));
  }

  @Test
  void givenLlama70bCappedAt8192_solve_choosesTp2TimesDp4() {
    SolveRequest r =
        vllm(PlanFixtures.llama31_70b(), "H100", PlanFixtures.H100, 8)
            .withContext(Option.none(), Option.none(), Option.of(8192L), Option.none());

    Solution s = LayoutSolver.solve(r);

    assertThat(s.chosen().layout()).isEqualTo(new Layout(2, 1, 4));
    assertThat(s.chosen().maxLength()).isEqualTo(8192);
  }

  @Test
  void givenQwen3MoeOn8H100_solve_choosesOneGpuReplicasUnlessTheConcurrencyNeedsTp2() {
    PlanModel qwen = PlanFixtures.recent("qwen3-30b-a3b");

    Solution alone = LayoutSolver.solve(vllm(qwen, "H100", PlanFixtures.H100, 8));
    Solution busy =
        LayoutSolver.solve(
            vllm(qwen, "H100", PlanFixtures.H100, 8)
                .withContext(Option.none(), Option.none(), Option.none(), Option.of(64)));

    // 61 GB of bf16 weights leave ~14 GB: 48 x 2 x 4 x 128 x 2 B = 98,304 B per token, 143,456
    // tokens = 3.5 requests of 40,960 per replica, 28 over eight: short of 64, so tp2 x dp4.
    assertThat(alone.chosen().layout()).isEqualTo(new Layout(1, 1, 8));
    assertThat(alone.chosen().maxLength()).isEqualTo(40_960);
    assertThat(alone.chosen().kvCacheTokens() % 16).isZero();
    assertThat(busy.chosen().layout()).isEqualTo(new Layout(2, 1, 4));
    assertThat(busy.chosen().totalConcurrency()).isGreaterThanOrEqualTo(64);
    assertThat(busy.alternatives())
        .filteredOn(a -> a.candidate().layout().equals(new Layout(1, 1, 8)))
        .singleElement()
        .satisfies(a -> assertThat(a.why()).contains("fewer than --concurrency 64"));
  }

  @Test
  void givenAnMlaModelOnTwo4090s_solve_choosesReplicasBecauseTpDoesNotShrinkTheLatentCache() {
    PlanModel minicpm = PlanFixtures.model(TestConfigs.fixture("minicpm3-4b", "config.json"));

    Solution s = LayoutSolver.solve(vllm(minicpm, "RTX 4090", PlanFixtures.RTX4090, 2));

    // one latent head of kv_lora_rank 256 + qk_rope_head_dim 32 per layer, 62 layers, 2 bytes
    assertThat(s.chosen().accounting().kvBytesPerToken()).isEqualTo(62L * 288 * 2);
    assertThat(s.chosen().layout()).isEqualTo(new Layout(1, 1, 2));
    assertThat(s.chosen().maxLength()).isEqualTo(32_768);
  }

  @Test
  void givenAForcedTp5ThatTheVocabularyRulesOut_solve_refusesItAndNamesTheNearestThatFits() {
    Map<String, Object> c = new HashMap<>(TestConfigs.tinyLlama());
    c.put("num_attention_heads", 20L);
    c.put("num_key_value_heads", 20L);
    c.put("hidden_size", 2560L);
    c.put("head_dim", 128L);
    c.put("intermediate_size", 10_240L);
    c.put("vocab_size", 151_936L);
    c.put("max_position_embeddings", 32_768L);
    SolveRequest r =
        vllm(PlanFixtures.model(TestConfigs.raw(c)), "H100", PlanFixtures.H100, 5)
            .withLayout(Option.of(5), Option.of(1), Option.of(1));

    Solution s = LayoutSolver.solve(r);

    assertThat(s.fits()).isFalse();
    assertThat(s.chosen().layout()).isEqualTo(new Layout(5, 1, 1));
    assertThat(s.chosen().why().get()).contains("151936 is not divisible by 5");
    // tp4 divides the 20 heads and the vocabulary (151,936 = 4 x 37,984): one GPU fewer
    assertThat(s.advice().get()).startsWith("the nearest layout that fits is tp4 at 32768 tokens");
  }

  @Test
  void givenLlama70bOnTwo4090s_solve_saysItFitsNowhereAndWhatWould() {
    // 141 GB of weights: tp8 leaves 21.6 - 17.6 GB per rank, ~78K tokens of 40,960 B: short of
    // 131,072; sixteen GPUs as tp8 x pp2 hold it.
    Solution s =
        LayoutSolver.solve(vllm(PlanFixtures.llama31_70b(), "RTX 4090", PlanFixtures.RTX4090, 2));

    assertThat(s.fits()).isFalse();
    assertThat(s.advice().get())
        .contains("would fit on 16 x RTX 4090 as tp8 x pp2 at 131072 tokens");
  }

  @Test
  void givenAContextFloor_solve_findsTheLongestContextRoundedToTheBlock() {
    SolveRequest r =
        vllm(PlanFixtures.llama31_70b(), "L40S", PlanFixtures.L40S, 4)
            .withContext(Option.none(), Option.of(8192L), Option.none(), Option.none());

    Solution s = LayoutSolver.solve(r);

    assertThat(s.fits()).isTrue();
    assertThat(s.chosen().layout()).isEqualTo(new Layout(4, 1, 1));
    long length = s.chosen().maxLength();
    assertThat(length % 16).isZero();
    assertThat(length).isBetween(8192L, 131_071L);
    assertThat(s.chosen().kvCacheTokens()).isGreaterThanOrEqualTo(length);
    assertThat(new Evaluator(r, r.gpus()).at(new Layout(4, 1, 1), length + 16).meets()).isFalse();
  }
}
