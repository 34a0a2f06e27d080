package io.github.modelconfig.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.kvcache.KvCacheSizing;
import io.github.modelconfig.domain.rope.RopeScaling;
import io.github.modelconfig.domain.testdata.TestConfigs;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The facts of shared/fixtures/models/EXPECTED.md, derived from the real config.json files. */
class ModelFactsFixturesTest {

  static Stream<Arguments> expected() {
    // model, layers, kv heads, head_dim, max_position_embeddings, rope scaling, bf16 KV bytes/token
    return Stream.of(
        Arguments.of("llama-2-7b-hf", 32, 32, 128, 4096, "none", 524_288),
        Arguments.of("llama-2-7b-gptq", 32, 32, 128, 4096, "none", 524_288),
        Arguments.of("llama-2-7b-awq", 32, 32, 128, 4096, "none", 524_288),
        Arguments.of("llava-v1.5-7b", 32, 32, 128, 4096, "none", 524_288),
        Arguments.of("meta-llama-3-8b-instruct", 32, 8, 128, 8192, "none", 131_072),
        Arguments.of("llama-3.1-405b-instruct-fp8", 126, 8, 128, 131_072, "llama3", 516_096),
        Arguments.of("llama-3.2-1b", 16, 8, 64, 131_072, "llama3", 32_768),
        Arguments.of("llama-3.2-11b-vision", 40, 8, 128, 131_072, "llama3", 163_840),
        Arguments.of("llava-1.5-7b-hf", 32, 32, 128, 4096, "none", 524_288),
        Arguments.of("mistral-7b-instruct-v0.2-dequantized", 32, 8, 128, 32_768, "none", 131_072),
        Arguments.of("dolphin-2.5-mixtral-8x7b", 32, 8, 128, 32_768, "none", 131_072),
        Arguments.of("qwen2.5-0.5b", 24, 2, 64, 32_768, "none", 12_288),
        Arguments.of("qwen3-4b-instruct-2507", 36, 8, 128, 262_144, "none", 147_456),
        Arguments.of("qwen2.5-vl-7b-instruct", 28, 4, 128, 128_000, "mrope", 57_344),
        Arguments.of("gemma-7b", 28, 16, 256, 8192, "none", 458_752),
        Arguments.of("gemma-2-9b", 42, 8, 256, 8192, "none", 344_064),
        Arguments.of("phi-3-mini-128k-instruct", 32, 32, 96, 131_072, "longrope", 393_216),
        Arguments.of("internlm2-7b", 32, 8, 128, 32_768, "none", 131_072),
        Arguments.of("glm-4.5", 92, 8, 128, 131_072, "none", 376_832),
        Arguments.of("c4ai-command-r-v01", 40, 64, 128, 8192, "none", 1_310_720),
        // MLA latent cache: (kv_lora_rank 256 + qk_rope_head_dim 32) x 62 layers x 2 bytes
        Arguments.of("minicpm3-4b", 62, 40, 96, 32_768, "longrope", 35_712),
        Arguments.of("gpt2", 12, 12, 64, 1024, "none", 36_864),
        Arguments.of("all-minilm-l6-v2", 6, 12, 32, 512, "none", 9216),
        Arguments.of("bge-small-en-v1.5", 12, 12, 32, 512, "none", 18_432));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void givenARealConfig_extract_derivesTheExpectedFacts(
      String model,
      long layers,
      long kvHeads,
      long headDim,
      long maxPositions,
      String rope,
      long kvBytes) {
    ModelFacts f = ModelFactsExtractor.extract(TestConfigs.fixture(model, "config.json"));

    assertThat(f.numHiddenLayers()).as("layers").contains(layers);
    assertThat(f.numKeyValueHeads()).as("kv heads").contains(kvHeads);
    if (f.mla().isEmpty()) {
      assertThat(f.headDim()).as("head_dim").contains(headDim);
    }
    assertThat(f.maxPositionEmbeddings()).as("max positions").contains(maxPositions);
    assertThat(f.ropeScaling().map(RopeScaling::type).getOrElse("none")).as("rope").isEqualTo(rope);
    long perToken = KvCacheSizing.bytesPerToken(f, DType.BFLOAT16).get();
    assertThat(perToken).as("bf16 KV bytes per token").isEqualTo(kvBytes);
  }
}
