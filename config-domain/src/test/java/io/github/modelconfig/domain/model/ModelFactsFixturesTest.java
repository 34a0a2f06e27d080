package io.github.modelconfig.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.kvcache.KvCacheSizing;
import io.github.modelconfig.domain.rope.RopeScaling;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real published config.json files (fixtures/models, EXPECTED.md): the facts the extractor derives
 * and the bf16 KV bytes per token. KV bytes = 2 x layers x kv heads x head_dim x 2 bytes; MLA =
 * (kv_lora_rank + qk_rope_head_dim) x layers x 2 bytes.
 */
class ModelFactsFixturesTest {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("llama-2-7b-hf", 32, 32, 128, 4096, "none", 524_288L),
        Arguments.of("llama-2-7b-gptq", 32, 32, 128, 4096, "none", 524_288L),
        Arguments.of("meta-llama-3-8b-instruct", 32, 8, 128, 8192, "none", 131_072L),
        Arguments.of("llama-3.1-405b-instruct-fp8", 126, 8, 128, 131_072, "llama3", 516_096L),
        Arguments.of("llama-3.2-1b", 16, 8, 64, 131_072, "llama3", 32_768L),
        Arguments.of("llama-3.2-11b-vision", 40, 8, 128, 131_072, "llama3", 163_840L),
        Arguments.of("mistral-7b-instruct-v0.2-dequantized", 32, 8, 128, 32_768, "none", 131_072L),
        Arguments.of("qwen2.5-0.5b", 24, 2, 64, 32_768, "none", 12_288L),
        Arguments.of("qwen3-4b-instruct-2507", 36, 8, 128, 262_144, "none", 147_456L),
        Arguments.of("qwen2.5-vl-7b-instruct", 28, 4, 128, 128_000, "mrope", 57_344L),
        Arguments.of("gemma-7b", 28, 16, 256, 8192, "none", 458_752L),
        Arguments.of("gemma-2-9b", 42, 8, 256, 8192, "none", 344_064L),
        Arguments.of("phi-3-mini-128k-instruct", 32, 32, 96, 131_072, "longrope", 393_216L),
        Arguments.of("internlm2-7b", 32, 8, 128, 32_768, "none", 131_072L),
        Arguments.of("glm-4.5", 92, 8, 128, 131_072, "none", 376_832L),
        Arguments.of("c4ai-command-r-v01", 40, 64, 128, 8192, "none", 1_310_720L),
        Arguments.of("minicpm3-4b", 62, 40, -1, 32_768, "longrope", 35_712L),
        Arguments.of("gpt2", 12, 12, 64, 1024, "none", 36_864L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void givenRealConfig_extract_matchesExpectedFacts(
      String dir,
      long layers,
      long kvHeads,
      long headDim,
      long maxPositions,
      String ropeScaling,
      long kvBytesPerToken)
      throws IOException {
    ModelFacts facts = ModelFactsExtractor.extract(config(dir));

    assertThat(facts.numHiddenLayers()).contains(layers);
    assertThat(facts.numKeyValueHeads()).contains(kvHeads);
    if (headDim > 0) {
      assertThat(facts.headDim()).contains(headDim);
    } else {
      assertThat(facts.mla()).isNotEmpty();
    }
    assertThat(facts.maxPositionEmbeddings()).contains(maxPositions);
    assertThat(facts.ropeScaling().map(RopeScaling::type).getOrElse("none")).isEqualTo(ropeScaling);
    long bytes =
        KvCacheSizing.bytesPerToken(
            facts.numHiddenLayers().get(),
            facts.kvHeadsForCache().get(),
            facts.kvHeadDimForCache().get(),
            facts.mla().isDefined(),
            DType.BFLOAT16);
    assertThat(bytes).isEqualTo(kvBytesPerToken);
  }

  private static RawModelConfig config(String dir) throws IOException {
    try (InputStream in =
        ModelFactsFixturesTest.class.getResourceAsStream(
            "/fixtures/models/" + dir + "/config.json")) {
      return TestJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
