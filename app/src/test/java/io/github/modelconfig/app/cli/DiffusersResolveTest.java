package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.adapter.huggingface.SafetensorsWriter;
import io.github.modelconfig.app.IsolatedSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffusersResolveTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path repo;
  @TempDir Path home;

  @Test
  void givenAFluxFolder_resolve_reportsTheComponentsWithTheirConfigsAndNoMemoryPlan()
      throws Exception {
    fluxPipeline();

    CliRun run = CliRun.of("resolve", repo.toString(), "--json", "--target", "h100-80gb");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertFluxComponents(JSON.readTree(run.out()));
  }

  @Test
  void givenTheSamePipelineOnTheHub_resolve_readsTheComponentConfigsThere() throws Exception {
    fluxPipeline();
    try (FakeHub hub = new FakeHub()) {
      hub.add("black-forest-labs/FLUX.1-schnell", repo);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();

      int code =
          Cli.run(
              new String[] {
                "resolve", "black-forest-labs/FLUX.1-schnell", "--json", "--target", "h100-80gb"
              },
              IsolatedSettings.of(home, home, Map.of("HF_ENDPOINT", hub.endpoint().toString())),
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              Terminal.plain());
      JsonOutputs.check(out.toString());

      assertThat(code).as(err + out.toString()).isZero();
      assertFluxComponents(JSON.readTree(out.toString()));
    }
  }

  private void fluxPipeline() throws Exception {
    Files.copy(
        CliRun.ROOT.resolve(
            "config-domain/src/test/resources/fixtures/models/flux.1-schnell/model_index.json"),
        repo.resolve("model_index.json"));
    write("transformer/config.json", "{\"num_layers\": 19, \"in_channels\": 64}");
    write("scheduler/scheduler_config.json", "{\"shift\": 1.0}");
    write("tokenizer_2/nested/deeper/special.json", "{}");
    Files.createDirectories(repo.resolve("vae"));
    new SafetensorsWriter(Map.of())
        .add("decoder.conv_in.weight", "BF16", 2, 512, 16, 3, 3)
        .writeSparse(repo.resolve("vae/diffusion_pytorch_model.safetensors"));
  }

  private static void assertFluxComponents(JsonNode root) {
    assertThat(root.get("architecture").get("name").asText()).isEqualTo("FluxPipeline");
    JsonNode diffusers = root.get("diffusers_config");
    assertThat(diffusers.get("_class_name").asText()).isEqualTo("FluxPipeline");
    JsonNode components = diffusers.get("components");
    assertThat(components.size()).isEqualTo(7);
    assertThat(components.get("transformer").get("class_name").asText())
        .isEqualTo("FluxTransformer2DModel");
    assertThat(components.get("transformer").get("config_dict").get("num_layers").asInt())
        .isEqualTo(19);
    assertThat(components.get("scheduler").get("config_dict").get("shift").asDouble())
        .isEqualTo(1.0);
    assertThat(components.get("vae").get("config_dict").size()).isZero();
    assertThat(root.get("memory").isNull()).isTrue();
  }

  private void write(String path, String json) throws Exception {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
  }
}
