package io.github.modelconfig.domain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArchitectureRegistryTest {

  private final ArchitectureRegistry registry = ArchitectureRegistry.defaults();

  @Test
  void givenTheDefaults_count_coversMaxs34RegistrationsAs32Entries() {
    // 34 registrations; LlamaForCausalLM and GptOssForCausalLM are registered twice (bare and
    // _Legacy) and collapse to one entry each; Qwen3ForCausalLM keeps two tasks.
    assertThat(registry.names()).hasSize(31);
    assertThat(registry.names().stream().mapToInt(n -> registry.entries(n).size()).sum())
        .isEqualTo(32);
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            "LlamaForCausalLM",
            SupportedEncoding.Q4_K,
            WeightsFormat.SAFETENSORS,
            RopeType.NORMAL,
            true,
            8),
        Arguments.of(
            "ExaoneForCausalLM",
            SupportedEncoding.FLOAT32,
            WeightsFormat.GGUF,
            RopeType.NEOX,
            false,
            4),
        Arguments.of(
            "Phi3ForCausalLM",
            SupportedEncoding.BFLOAT16,
            WeightsFormat.GGUF,
            RopeType.LONGROPE,
            false,
            2),
        Arguments.of(
            "GptOssForCausalLM",
            SupportedEncoding.BFLOAT16,
            WeightsFormat.SAFETENSORS,
            RopeType.YARN,
            true,
            1),
        Arguments.of(
            "DeepseekV3_2ForCausalLM",
            SupportedEncoding.FLOAT8_E4M3FN,
            WeightsFormat.SAFETENSORS,
            RopeType.NONE,
            true,
            1),
        Arguments.of(
            "Olmo3ForCausalLM",
            SupportedEncoding.BFLOAT16,
            WeightsFormat.SAFETENSORS,
            RopeType.YARN,
            false,
            1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenARegisteredName_find_returnsMaxsRow(
      String name,
      SupportedEncoding defaultEncoding,
      WeightsFormat format,
      RopeType rope,
      boolean multiGpu,
      int encodings) {
    SupportedArchitecture a = registry.find(name, Option.none()).get();

    assertThat(a.defaultEncoding()).isEqualTo(defaultEncoding);
    assertThat(a.defaultWeightsFormat()).isEqualTo(format);
    assertThat(a.ropeType()).isEqualTo(rope);
    assertThat(a.multiGpuSupported()).isEqualTo(multiGpu);
    assertThat(a.supportedEncodings()).hasSize(encodings);
  }

  @Test
  void givenQwen3_findByTask_picksTheEmbeddingEntryOnlyWhenAsked() {
    assertThat(registry.find("Qwen3ForCausalLM", Option.none()).get().task())
        .isEqualTo(Task.TEXT_GENERATION);
    SupportedArchitecture embedding =
        registry.find("Qwen3ForCausalLM", Option.of(Task.EMBEDDINGS_GENERATION)).get();
    assertThat(embedding.hasKvCache()).isFalse();
    assertThat(embedding.defaultMaxLength()).contains(8192L);
  }

  @Test
  void givenTheHubSpellingOfDeepseekV32_find_matchesTheRegisteredEntry() {
    assertThat(registry.find("DeepseekV32ForCausalLM", Option.none()).get().name())
        .isEqualTo("DeepseekV3_2ForCausalLM");
  }

  @Test
  void givenFlux_find_hasAFixedLengthOf77AndNoKvCache() {
    SupportedArchitecture flux = registry.find("FluxPipeline", Option.none()).get();
    assertThat(flux.maxLengthRule()).isEqualTo(MaxLengthRule.FIXED);
    assertThat(flux.defaultMaxLength()).contains(77L);
    assertThat(flux.hasKvCache()).isFalse();
  }

  @Test
  void givenGemma3Multimodal_find_requiresPrefixCachingOff() {
    assertThat(
            registry
                .find("Gemma3ForConditionalGeneration", Option.none())
                .get()
                .requiredArguments())
        .containsEntry("enable_prefix_caching", false);
  }

  @Test
  void givenAnEmbedderEntry_with_registersIt() {
    ArchitectureRegistry extended =
        registry.with(
            ArchitectureEntry.text(
                    "MyForCausalLM",
                    SupportedEncoding.BFLOAT16,
                    java.util.List.of(SupportedEncoding.BFLOAT16))
                .build());
    assertThat(extended.find("MyForCausalLM", Option.none())).isNotEmpty();
    assertThat(registry.find("MyForCausalLM", Option.none())).isEmpty();
  }
}
