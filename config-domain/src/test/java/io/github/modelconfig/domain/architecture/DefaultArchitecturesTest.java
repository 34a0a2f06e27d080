package io.github.modelconfig.domain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultArchitecturesTest {

  private final ArchitectureRegistry registry = ArchitectureRegistry.defaults();

  @Test
  void givenReferenceTable_countEntries_matchesMaxRegistrations() {
    // MAX registers 34 objects; LlamaForCausalLM and GptOssForCausalLM appear twice (bare and
    // _Legacy, the _Legacy values kept), so 32 rows remain over 31 names (Qwen3ForCausalLM has two
    // tasks), plus the DeepseekV32ForCausalLM alias: 33 entries under 32 names.
    assertThat(DefaultArchitectures.all()).hasSize(33);
    assertThat(registry.names()).hasSize(32).doesNotHaveDuplicates();
    assertThat(registry.names()).noneMatch(n -> n.endsWith("_Legacy"));
    assertThat(registry.entries("Qwen3ForCausalLM"))
        .extracting(SupportedArchitecture::task)
        .containsExactly(Task.TEXT_GENERATION, Task.EMBEDDINGS_GENERATION);
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            "LlamaForCausalLM",
            Task.TEXT_GENERATION,
            SupportedEncoding.Q4_K,
            8,
            WeightsFormat.SAFETENSORS,
            RopeType.NORMAL,
            true,
            MaxLengthRule.BOUNDED_BY_MODEL,
            Option.none()),
        Arguments.of(
            "ExaoneForCausalLM",
            Task.TEXT_GENERATION,
            SupportedEncoding.FLOAT32,
            4,
            WeightsFormat.GGUF,
            RopeType.NEOX,
            false,
            MaxLengthRule.BOUNDED_BY_MODEL,
            Option.none()),
        Arguments.of(
            "DeepseekV3_2ForCausalLM",
            Task.TEXT_GENERATION,
            SupportedEncoding.FLOAT8_E4M3FN,
            1,
            WeightsFormat.SAFETENSORS,
            RopeType.NONE,
            true,
            MaxLengthRule.FIXED,
            Option.of(163_840L)),
        Arguments.of(
            "DeepseekV32ForCausalLM",
            Task.TEXT_GENERATION,
            SupportedEncoding.FLOAT8_E4M3FN,
            1,
            WeightsFormat.SAFETENSORS,
            RopeType.NONE,
            true,
            MaxLengthRule.FIXED,
            Option.of(163_840L)),
        Arguments.of(
            "FluxPipeline",
            Task.PIXEL_GENERATION,
            SupportedEncoding.BFLOAT16,
            1,
            WeightsFormat.SAFETENSORS,
            RopeType.NONE,
            false,
            MaxLengthRule.FIXED,
            Option.of(77L)),
        Arguments.of(
            "Flux2Pipeline",
            Task.PIXEL_GENERATION,
            SupportedEncoding.BFLOAT16,
            1,
            WeightsFormat.SAFETENSORS,
            RopeType.NONE,
            false,
            MaxLengthRule.FIXED,
            Option.of(0L)),
        Arguments.of(
            "Phi3ForCausalLM",
            Task.TEXT_GENERATION,
            SupportedEncoding.BFLOAT16,
            2,
            WeightsFormat.GGUF,
            RopeType.LONGROPE,
            false,
            MaxLengthRule.BOUNDED_BY_MODEL,
            Option.none()),
        Arguments.of(
            "GptOssForCausalLM",
            Task.TEXT_GENERATION,
            SupportedEncoding.BFLOAT16,
            1,
            WeightsFormat.SAFETENSORS,
            RopeType.YARN,
            true,
            MaxLengthRule.UNBOUNDED,
            Option.none()),
        Arguments.of(
            "Gemma3ForCausalLM",
            Task.TEXT_GENERATION,
            SupportedEncoding.BFLOAT16,
            1,
            WeightsFormat.SAFETENSORS,
            RopeType.NORMAL,
            true,
            MaxLengthRule.UNBOUNDED,
            Option.none()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenTableRow_find_hasReferenceValues(
      String name,
      Task task,
      SupportedEncoding defaultEncoding,
      int encodings,
      WeightsFormat format,
      RopeType rope,
      boolean multiGpu,
      MaxLengthRule rule,
      Option<Long> fixed) {
    SupportedArchitecture arch = registry.find(name, Option.some(task)).get();

    assertThat(arch.name()).isEqualTo(name);
    assertThat(arch.task()).isEqualTo(task);
    assertThat(arch.defaultEncoding()).isEqualTo(defaultEncoding);
    assertThat(arch.supportedEncodings()).hasSize(encodings);
    assertThat(arch.defaultWeightsFormat()).isEqualTo(format);
    assertThat(arch.ropeType()).isEqualTo(rope);
    assertThat(arch.multiGpuSupported()).isEqualTo(multiGpu);
    assertThat(arch.maxLengthRule()).isEqualTo(rule);
    assertThat(arch.fixedMaxLength()).isEqualTo(fixed);
  }

  @Test
  void givenGemma3Multimodal_requiredArguments_disablePrefixAndChunkedPrefill() {
    SupportedArchitecture arch =
        registry.find("Gemma3ForConditionalGeneration", Option.none()).get();

    assertThat(arch.requiredArguments())
        .isEqualTo(Map.of("enable_prefix_caching", false, "enable_chunked_prefill", false));
    assertThat(arch.supportedEncodings().get(SupportedEncoding.FLOAT8_E4M3FN))
        .containsExactly(KvCacheStrategy.PAGED);
  }

  @Test
  void givenEmbeddingAndPixelArchitectures_strategies_areEmpty() {
    for (String name : List.of("BertModel", "MPNetForMaskedLM", "FluxPipeline", "Flux2Pipeline")) {
      assertThat(registry.find(name, Option.none()).get().hasKvCache()).as(name).isFalse();
    }
    SupportedArchitecture embedding =
        registry.find("Qwen3ForCausalLM", Option.some(Task.EMBEDDINGS_GENERATION)).get();
    assertThat(embedding.hasKvCache()).isFalse();
    assertThat(embedding.maxLengthRule()).isEqualTo(MaxLengthRule.DEFAULT_UNLESS_GIVEN);
    assertThat(embedding.fixedMaxLength()).contains(8192L);
  }

  @Test
  void givenDeepseekV3_flags_requireMaxBatchContextLengthAndSupportEmptyBatches() {
    SupportedArchitecture v3 = registry.find("DeepseekV3ForCausalLM", Option.none()).get();
    SupportedArchitecture v2 = registry.find("DeepseekV2ForCausalLM", Option.none()).get();

    assertThat(v3.supportsEmptyBatches()).isTrue();
    assertThat(v3.requiresMaxBatchContextLength()).isTrue();
    assertThat(v2.supportsEmptyBatches()).isFalse();
    assertThat(v2.requiresMaxBatchContextLength()).isTrue();
  }
}
