package io.github.modelconfig.domain.recent;

import static io.github.modelconfig.domain.recent.RecentModels.request;
import static io.github.modelconfig.domain.recent.RecentModels.resolve;
import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.testdata.TestConfigs;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real configs with one value made hostile: each is refused by field (or warned about) instead of
 * being accepted without a word; and a VL model's mrope nested in text_config is reported.
 */
class HostileConfigCasesTest {

  private static final List<Device> ONE_GPU = aHost().withGpus(1).withoutCpu().build();

  /** {@code config} with {@code key} set to {@code value} ({@code inner} names a nested object). */
  private static RawModelConfig with(
      RawModelConfig config, String inner, String key, Object value) {
    Map<String, Object> top = new LinkedHashMap<>(config.values());
    if (inner == null) {
      top.put(key, value);
    } else {
      Map<String, Object> nested = new LinkedHashMap<>(config.object(inner).get().values());
      nested.put(key, value);
      top.put(inner, RawModelConfig.of(nested));
    }
    return RawModelConfig.of(top);
  }

  /** gpt-oss-20b as MAX's example unsloth/gpt-oss-20b-BF16 ships it: without the MXFP4 config. */
  private static RawModelConfig gptOssBf16() {
    Map<String, Object> values = new LinkedHashMap<>(TestConfigs.recent("gpt-oss-20b").values());
    values.remove("quantization_config");
    return RawModelConfig.of(values);
  }

  private static List<ConfigError> errors(RawModelConfig config) {
    var outcome = resolve(request(), RecentModels.folder(config, "BF16").build(), ONE_GPU);
    assertThat(outcome.isInvalid()).as(outcome.toString()).isTrue();
    return outcome.getError().asJava();
  }

  @Test
  void givenThreeKvHeadsForFourHeads_resolve_isRefusedByField() {
    RawModelConfig tiny =
        with(RawModelConfig.of(TestConfigs.tinyLlama()), null, "num_key_value_heads", 3L);

    assertThat(errors(tiny))
        .extracting(ConfigError::code, ConfigError::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ErrorCode.INVALID_MODEL_CONFIG, "config.json:num_key_value_heads"));
  }

  @Test
  void givenLlama32WithKvHeadsNotDividingHeads_resolve_saysWhatIsAllowed() {
    RawModelConfig llama =
        with(TestConfigs.fixture("llama-3.2-1b", "config.json"), null, "num_key_value_heads", 3L);

    assertThat(errors(llama).get(0).message())
        .contains("num_key_value_heads = 3 with 32 attention heads", "multiple of the KV heads");
  }

  @Test
  void givenGptOssWithYarnFactorMinus1e308_resolve_isRefusedByField() {
    RawModelConfig gptOss = with(gptOssBf16(), "rope_scaling", "factor", -1e308);

    List<ConfigError> errors = errors(gptOss);

    assertThat(errors)
        .extracting(ConfigError::field)
        .containsExactly("config.json:rope_scaling.factor");
    assertThat(errors.get(0).message()).contains("-1.0E308", "above 0");
  }

  @Test
  void givenGptOssWithInfiniteBetaFast_resolve_isRefusedByField() {
    RawModelConfig gptOss =
        with(gptOssBf16(), "rope_scaling", "beta_fast", Double.POSITIVE_INFINITY);

    assertThat(errors(gptOss))
        .extracting(ConfigError::field)
        .containsExactly("config.json:rope_scaling.beta_fast");
  }

  @Test
  void givenGemma3WithFactorBelowOne_resolve_warnsAsTransformersDoes() {
    RawModelConfig gemma = TestConfigs.recent("gemma-3");
    Map<String, Object> text = new LinkedHashMap<>(gemma.object("text_config").get().values());
    text.put("rope_scaling", RawModelConfig.of(Map.of("rope_type", "linear", "factor", 0.5)));
    RawModelConfig low = with(gemma, null, "text_config", RawModelConfig.of(text));

    var c = valid(resolve(request(), RecentModels.folder(low, "BF16").build(), ONE_GPU));

    assertThat(c.warnings()).extracting(Warning::code).contains(WarningCode.ROPE_SCALING_SUSPECT);
  }

  @Test
  void givenQwen3Vl_facts_reportTheMropeNestedInTextConfig() {
    ModelFacts f =
        ModelFacts.of(Option.of(TestConfigs.recent("qwen3-vl-2b-instruct")), Option.none()).get();

    // text_config.rope_scaling: rope_type "default" with mrope_section [24, 20, 20]
    assertThat(f.ropeScaling().get().type()).isEqualTo("mrope");
    assertThat(f.ropeScaling().get().parameters())
        .containsEntry("mrope_section", List.of(24L, 20L, 20L))
        .containsEntry("mrope_interleaved", true);
    assertThat(f.numHiddenLayers()).contains(28L);
    assertThat(f.headDim()).contains(128L);
  }

  @Test
  void givenIndexNamingAMissingShard_resolve_isRefusedNamingIt() {
    var snapshot =
        RecentModels.folder(TestConfigs.recent("qwen3-30b-a3b"), "BF16")
            .withIndex(
                "model.safetensors.index.json",
                Map.of("model.safetensors", 9000L, "model-00002-of-00002.safetensors", 9000L))
            .build();

    var outcome = resolve(request(), snapshot, ONE_GPU);

    assertThat(outcome.getError())
        .extracting(ConfigError::code)
        .containsExactly(ErrorCode.MISSING_WEIGHT_SHARD);
    assertThat(outcome.getError().get(0).message())
        .contains("1 of its 2 shards", "model-00002-of-00002.safetensors");
  }
}
