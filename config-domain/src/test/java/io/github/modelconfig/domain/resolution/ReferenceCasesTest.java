package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.FileNameEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.model.SamplingDefaults;
import io.github.modelconfig.domain.quantization.GptqFinalisation;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.vavr.control.Option;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reference §10 acceptance cases on file-name encodings (1-8), GPTQ (43), sampling (62-63). */
class ReferenceCasesTest {

  static Stream<Arguments> fileNames() {
    return Stream.of(
        Arguments.of(
            "case01", "llama-3.1-8b-instruct-f32.gguf", Option.of(SupportedEncoding.FLOAT32)),
        Arguments.of("case02", "model-bf16.gguf", Option.of(SupportedEncoding.BFLOAT16)),
        Arguments.of(
            "case03", "llama-3.1-8b-instruct-q4_k_m.gguf", Option.of(SupportedEncoding.Q4_K)),
        Arguments.of("case04 q4_0", "x-q4_0.gguf", Option.of(SupportedEncoding.Q4_0)),
        Arguments.of("case04 q6_k", "x-q6_k.gguf", Option.of(SupportedEncoding.Q6_K)),
        Arguments.of("case05", "model-q4_0-f32.gguf", Option.of(SupportedEncoding.FLOAT32)),
        Arguments.of("case06 gptq", "llama-gptq.safetensors", Option.of(SupportedEncoding.GPTQ)),
        Arguments.of(
            "case06 fp8", "Llama-FP8.safetensors", Option.of(SupportedEncoding.FLOAT8_E4M3FN)),
        Arguments.of(
            "case06 nvfp4",
            "model-nvfp4.safetensors",
            Option.of(SupportedEncoding.FLOAT4_E2M1FNX2)),
        Arguments.of("case07 safetensors", "model.safetensors", Option.none()),
        Arguments.of(
            "case08",
            "/cache/models--org--M-FP8/snapshots/abc/model.safetensors",
            Option.of(SupportedEncoding.FLOAT8_E4M3FN)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fileNames")
  void givenFileName_encoding_matchesReference(
      String label, String path, Option<SupportedEncoding> expected) {
    assertThat(FileNameEncoding.of(path)).isEqualTo(expected);
  }

  @Test
  void case43_givenGptqWithBfloat16Scales_check_rejects() {
    ModelSnapshot snapshot =
        aSnapshot().fromHub("org/model").withConfig(Map.of("torch_dtype", "bfloat16")).build();

    assertThat(GptqFinalisation.check(snapshot).getError().message())
        .isEqualTo("bfloat16 scales are not supported for GPTQ-quantized models.");
  }

  @Test
  void case62_givenGenerationConfig_from_readsSamplingDefaults() {
    SamplingDefaults defaults =
        SamplingDefaults.from(
            RawModelConfig.of(Map.of("temperature", 0.6, "top_p", 0.9, "do_sample", true)));

    assertThat(defaults.temperature()).contains(0.6);
    assertThat(defaults.topP()).contains(0.9);
    assertThat(defaults.doSample()).contains(true);
    assertThat(defaults.topK()).isEmpty();
    assertThat(defaults.repetitionPenalty()).isEmpty();
  }

  @ParameterizedTest(name = "case63 repetition_penalty {0}")
  @MethodSource("penalties")
  void case63_givenRepetitionPenalty_enablePenalties_followsIt(double penalty, boolean enabled) {
    SamplingDefaults defaults =
        SamplingDefaults.from(RawModelConfig.of(Map.of("repetition_penalty", penalty)));

    assertThat(defaults.enablePenalties()).isEqualTo(enabled);
  }

  static Stream<Arguments> penalties() {
    return Stream.of(Arguments.of(1.05, true), Arguments.of(1.0, false));
  }

  @Test
  void case56_givenLlama3MaxLengthAboveModel_resolve_rejects() {
    ModelFacts facts =
        ModelFacts.of(
                Option.of(RawModelConfig.of(Map.of("max_position_embeddings", 131072))),
                Option.none())
            .get();
    var arch =
        io.github.modelconfig.domain.architecture.ArchitectureRegistry.defaults()
            .find("LlamaForCausalLM", Option.none())
            .get();

    var result = MaxLengths.resolve(arch, facts, Option.of(200_000L));

    assertThat(result.getError().code()).isEqualTo(ErrorCode.MAX_LENGTH_EXCEEDS_MODEL);
    assertThat(valid(MaxLengths.resolve(arch, facts, Option.none()))).contains(131_072L);
  }

  @Test
  void givenQwen3Embedding_resolve_defaultsTo8192UnlessGiven() {
    ModelFacts facts =
        ModelFacts.of(
                Option.of(RawModelConfig.of(Map.of("max_position_embeddings", 32768))),
                Option.none())
            .get();
    var arch =
        io.github.modelconfig.domain.architecture.ArchitectureRegistry.defaults()
            .find(
                "Qwen3ForCausalLM",
                Option.of(io.github.modelconfig.domain.architecture.Task.EMBEDDINGS_GENERATION))
            .get();

    assertThat(valid(MaxLengths.resolve(arch, facts, Option.none()))).contains(8192L);
    assertThat(valid(MaxLengths.resolve(arch, facts, Option.of(1024L)))).contains(1024L);
  }
}
