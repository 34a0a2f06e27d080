package io.github.modelconfig.domain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.RepoKind;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArchitectureLookupTest {

  static Stream<Arguments> tags() {
    return Stream.of(
        Arguments.of("no tag", Option.none(), Task.TEXT_GENERATION),
        Arguments.of("text-generation", Option.some("text-generation"), Task.TEXT_GENERATION),
        Arguments.of(
            "feature-extraction", Option.some("feature-extraction"), Task.EMBEDDINGS_GENERATION),
        Arguments.of(
            "sentence-similarity", Option.some("sentence-similarity"), Task.EMBEDDINGS_GENERATION),
        Arguments.of("unmapped tag", Option.some("translation"), Task.TEXT_GENERATION));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tags")
  void givenQwen3PipelineTag_find_choosesTask(
      String label, Option<String> pipelineTag, Task expected) {
    ModelSnapshot snapshot = snapshot("Qwen3ForCausalLM", pipelineTag);

    SupportedArchitecture arch =
        ArchitectureLookup.find(snapshot, ArchitectureRegistry.defaults()).get().architecture();

    assertThat(arch.task()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aliases")
  void givenDeepseekV32Name_find_resolvesRegisteredRow(String hfName) {
    SupportedArchitecture arch =
        ArchitectureLookup.find(snapshot(hfName, Option.none()), ArchitectureRegistry.defaults())
            .get()
            .architecture();

    assertThat(arch.defaultMaxLength()).contains(163_840L);
  }

  static Stream<String> aliases() {
    return Stream.of("DeepseekV3_2ForCausalLM", "DeepseekV32ForCausalLM");
  }

  private static ModelSnapshot snapshot(String architecture, Option<String> pipelineTag) {
    RawModelConfig config = RawModelConfig.of(Map.of("architectures", List.of(architecture)));
    return new ModelSnapshot(
        "org/model",
        RepoKind.HUB,
        Option.none(),
        List.of(),
        Option.some(config),
        Option.none(),
        Option.none(),
        Map.of(),
        Map.of(),
        pipelineTag,
        Map.of(),
        Option.none(),
        Map.of());
  }
}
