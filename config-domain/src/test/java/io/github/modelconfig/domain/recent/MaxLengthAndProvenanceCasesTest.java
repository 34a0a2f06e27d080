package io.github.modelconfig.domain.recent;

import static io.github.modelconfig.domain.recent.RecentModels.recent;
import static io.github.modelconfig.domain.recent.RecentModels.request;
import static io.github.modelconfig.domain.recent.RecentModels.resolve;
import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.Task;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.github.modelconfig.domain.testdata.TestConfigs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One max length for DeepSeek V3.2 (the user's, used by the activation estimate too), and
 * provenance that quotes the file and says how a task was chosen.
 */
class MaxLengthAndProvenanceCasesTest {

  private static final List<Device> EIGHT_GPUS = aHost().withGpus(8).withoutCpu().build();

  @Test
  void givenDeepSeekV32_resolveWithMaxLength_usesItEverywhere() {
    ResolvedModelConfig c =
        valid(
            resolve(
                request().with("max_length", "4096"),
                recent("deepseek-v3.2-derived", "F8_E4M3"),
                EIGHT_GPUS));

    assertThat(c.maxLength()).contains(4096L);
    assertThat(c.memory().get().maxLength()).isEqualTo(4096);
    // MAX's DeepSeek MLA activation: 2 x max_length x 128 heads x qk_nope_head_dim 128 x 2 bytes
    // (a float8 encoding keeps a bfloat16 KV cache).
    assertThat(c.memory().get().activationBytes()).isEqualTo(2L * 4096 * 128 * 128 * 2);
    assertThat(c.provenance().of("max_length").source()).isEqualTo(Source.USER);
  }

  @Test
  void givenDeepSeekV32_resolveWithoutMaxLength_usesItsDefaultAndSaysSo() {
    ResolvedModelConfig c =
        valid(resolve(request(), recent("deepseek-v3.2-derived", "F8_E4M3"), EIGHT_GPUS));

    assertThat(c.maxLength()).contains(163_840L);
    assertThat(c.provenance().of("max_length").source()).isEqualTo(Source.ARCHITECTURE);
  }

  @Test
  void givenDeepSeekV32_resolveWithMaxLengthPastTheModel_isRefused() {
    var outcome =
        resolve(
            request().with("max_length", "200000"),
            recent("deepseek-v3.2-derived", "F8_E4M3"),
            EIGHT_GPUS);

    assertThat(outcome.getError())
        .extracting(ConfigError::code)
        .containsExactly(ErrorCode.MAX_LENGTH_EXCEEDS_MODEL);
  }

  @Test
  void givenDeepSeekV32Spelling_resolve_quotesTheFileAndNamesTheAlias() {
    ResolvedModelConfig c =
        valid(resolve(request(), recent("deepseek-v3.2-derived", "F8_E4M3"), EIGHT_GPUS));

    assertThat(c.provenance().of("architecture").detail())
        .isEqualTo("architectures: DeepseekV32ForCausalLM (registered as DeepseekV3_2ForCausalLM)");
  }

  @Test
  void givenEmbeddingModelOffline_resolve_recordsTheGuessedTaskAndWarns() {
    ResolvedModelConfig c =
        valid(resolve(request(), recent("qwen3-embedding-8b", "BF16"), EIGHT_GPUS));

    assertThat(c.architecture().get().task()).isEqualTo(Task.TEXT_GENERATION);
    assertThat(c.provenance().of("architecture.task").source()).isEqualTo(Source.DEFAULT);
    assertThat(c.provenance().of("architecture.task").detail())
        .contains("serves text_generation, embeddings_generation");
    assertThat(c.warnings()).extracting(Warning::code).contains(WarningCode.TASK_GUESSED);
  }

  @Test
  void givenEmbeddingModelWithSentenceTransformersFiles_resolve_choosesEmbeddings() {
    var snapshot =
        RecentModels.folder(TestConfigs.recent("qwen3-embedding-8b"), "BF16")
            .withFiles("modules.json", "config_sentence_transformers.json")
            .build();

    ResolvedModelConfig c = valid(resolve(request(), snapshot, EIGHT_GPUS.subList(0, 1)));

    assertThat(c.architecture().get().task()).isEqualTo(Task.EMBEDDINGS_GENERATION);
    assertThat(c.provenance().of("architecture.task").detail())
        .isEqualTo("modules.json (sentence-transformers) in the repo");
    assertThat(c.warnings()).extracting(Warning::code).doesNotContain(WarningCode.TASK_GUESSED);
  }

  @Test
  void givenEmbeddingModelWithPipelineTag_resolve_recordsTheHubAsTheSource() {
    var snapshot =
        RecentModels.folder(TestConfigs.recent("qwen3-embedding-8b"), "BF16")
            .withPipelineTag("feature-extraction")
            .build();

    ResolvedModelConfig c = valid(resolve(request(), snapshot, EIGHT_GPUS.subList(0, 1)));

    assertThat(c.provenance().of("architecture.task").source()).isEqualTo(Source.HUB);
    assertThat(c.provenance().of("architecture.task").detail())
        .isEqualTo("pipeline_tag feature-extraction");
  }
}
