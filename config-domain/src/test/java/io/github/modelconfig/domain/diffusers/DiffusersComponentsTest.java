package io.github.modelconfig.domain.diffusers;

import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.testdata.ModelSnapshotBuilder;
import io.github.modelconfig.domain.testdata.TestConfigs;
import io.github.modelconfig.domain.testdata.TestJson;
import io.github.modelconfig.domain.weights.RepoFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffusersComponentsTest {

  private static ModelSnapshot pipeline(
      RawModelConfig index, List<String> paths, Map<String, RawModelConfig> configs) {
    ModelSnapshotBuilder pipeline = aSnapshot().inFolder("org/pipeline").withModelIndex(index);
    paths.forEach(p -> pipeline.withFile(p, 10));
    configs.forEach(pipeline::withComponentConfig);
    return pipeline.build();
  }

  @Test
  void case73_givenIndexAndVaeConfig_of_buildsTheComponentWithItsConfig() {
    RawModelConfig index =
        TestJson.parse(
            "{\"_class_name\":\"StableDiffusionPipeline\",\"vae\":[\"diffusers\",\"AutoencoderKL\"],"
                + "\"_x\":1}");
    RawModelConfig vae = TestJson.parse("{\"latent_channels\":4}");

    DiffusersConfig config =
        DiffusersComponents.of(
                pipeline(index, List.of("model_index.json", "vae/config.json"), Map.of("vae", vae)))
            .get();

    assertThat(config.className()).isEqualTo("StableDiffusionPipeline");
    assertThat(config.components()).containsOnlyKeys("vae");
    assertThat(config.components().get("vae"))
        .isEqualTo(new DiffusersConfig.Component("diffusers", "AutoencoderKL", vae));
  }

  @Test
  void case73_givenTransformerRepoWithoutIndex_of_isNone() {
    assertThat(
            DiffusersComponents.of(
                aSnapshot().fromHub("org/model").withConfig(Map.of("model_type", "llama")).build()))
        .isEmpty();
  }

  @Test
  void givenFilesAtAnyDepth_configPaths_keepsOnlyComponentConfigsAndDoesNotFail() {
    // MAX unpacks every path into exactly two parts and fails on a deeper one; we skip it.
    List<RepoFile> files =
        List.of(
                "model_index.json",
                "scheduler/scheduler_config.json",
                "feature_extractor/preprocessor_config.json",
                "text_encoder/config.json",
                "text_encoder_2/config.json",
                "tokenizer_2/spiece/vocab.json",
                "transformer/nested/config.json",
                "transformer/config.json",
                "vae/diffusion_pytorch_model.safetensors")
            .stream()
            .map(p -> RepoFile.of(p, 1))
            .toList();

    assertThat(DiffusersComponents.configPaths(files))
        .containsExactly(
            Map.entry("scheduler", "scheduler/scheduler_config.json"),
            Map.entry("text_encoder", "text_encoder/config.json"),
            Map.entry("text_encoder_2", "text_encoder_2/config.json"),
            Map.entry("transformer", "transformer/config.json"));
  }

  @Test
  void givenRealFluxIndex_of_listsItsSevenComponentsWithEmptyConfigsWhenNoneWereRead() {
    RawModelConfig index = TestConfigs.fixture("flux.1-schnell", "model_index.json");

    DiffusersConfig config = DiffusersComponents.of(pipeline(index, List.of(), Map.of())).get();

    assertThat(config.className()).isEqualTo("FluxPipeline");
    assertThat(config.diffusersVersion()).contains("0.31.0.dev0");
    assertThat(config.components())
        .containsOnlyKeys(
            "scheduler",
            "text_encoder",
            "text_encoder_2",
            "tokenizer",
            "tokenizer_2",
            "transformer",
            "vae");
    assertThat(config.components().get("transformer").className())
        .isEqualTo("FluxTransformer2DModel");
    assertThat(config.components().get("vae").configDict()).isEqualTo(RawModelConfig.empty());
  }
}
