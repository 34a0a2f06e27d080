package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.adapter.huggingface.GgufWriter;
import io.github.modelconfig.app.IsolatedSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weight paths (reference §6.1, cases 14-27) through the CLI, against real files and a Hub. */
class WeightPathResolveTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLE = CliRun.ROOT.resolve("examples/tiny-llama").toString();

  @TempDir Path dir;

  @Test
  void givenTheModelAsOneWeightFile_resolve_usesItAndTheConfigBesideIt() throws Exception {
    CliRun run = CliRun.of("resolve", "examples/tiny-llama/model.safetensors", "--json");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("model_path").asText()).isEqualTo("examples/tiny-llama/model.safetensors");
    assertThat(root.get("weight_path").toString()).isEqualTo("[\"model.safetensors\"]");
    assertThat(root.get("weights_size").asLong()).isEqualTo(429_400L);
    assertThat(root.get("architecture").get("name").asText()).isEqualTo("LlamaForCausalLM");
  }

  @Test
  void givenOnlyALocalWeightPath_resolve_takesItsFolderAsTheModel() throws Exception {
    CliRun run =
        CliRun.of("resolve", "--weight-path", "examples/tiny-llama/model.safetensors", "--json");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("model_path").asText()).isEqualTo("examples/tiny-llama");
    assertThat(root.get("weight_path").toString()).isEqualTo("[\"model.safetensors\"]");
    assertThat(root.get("architecture").get("name").asText()).isEqualTo("LlamaForCausalLM");
  }

  @Test
  void givenAMixOfFormatsAndANonWeightFile_resolve_reportsBothAndExits2() throws Exception {
    CliRun run =
        CliRun.of(
            "resolve",
            "examples/tiny-llama",
            "--weight-path",
            "model.safetensors,x.gguf,README.md",
            "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode errors = JSON.readTree(run.out()).get("errors");
    assertThat(errors.findValuesAsText("code"))
        .contains("not_a_weight_file", "mixed_weight_formats", "weight_file_not_found");
  }

  @Test
  void givenAWeightPathIntoAnUncachedRepoOffline_resolve_saysOfflineNotMissing() throws Exception {
    CliRun run =
        CliRun.of(
            "resolve",
            "examples/tiny-llama",
            "--weight-path",
            "modelconfig-test/never-cached/x-q4_k_m.gguf",
            "--offline",
            "--json");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(5);
    JsonNode error = JSON.readTree(run.out()).get("errors").get(0);
    assertThat(error.get("message").asText()).contains("modelconfig-test/never-cached");
  }

  @Test
  void givenAWeightPathOfTheModelFolder_resolve_usesThatFile() throws Exception {
    CliRun run =
        CliRun.of("resolve", "examples/tiny-llama", "--weight-path", "model.safetensors", "--json");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("weight_path").toString()).isEqualTo("[\"model.safetensors\"]");
    assertThat(root.get("weights_repo_id").isNull()).isTrue();
    assertThat(root.get("quantization_encoding").asText()).isEqualTo("float32");
  }

  @Test
  void givenAWeightPathMissingFromTheModel_resolve_namesTheFileAndExits3() throws Exception {
    CliRun run =
        CliRun.of("resolve", "examples/tiny-llama", "--weight-path", "nope.safetensors", "--json");

    assertThat(run.exitCode()).as("file not found").isEqualTo(3);
    JsonNode error = JSON.readTree(run.out()).get("errors").get(0);
    assertThat(error.get("code").asText()).isEqualTo("weight_file_not_found");
    assertThat(error.get("message").asText()).contains("nope.safetensors");
  }

  @Test
  void givenALocalGgufBesideAnotherModel_resolve_takesItsEncodingFromItsHeader() throws Exception {
    Path gguf = dir.resolve("quantized/tiny-Q4_K_M.gguf");
    Files.createDirectories(gguf.getParent());
    GgufWriter.tinyLlama(3, 1_000).write(gguf);

    CliRun run =
        CliRun.of("resolve", "examples/tiny-llama", "--weight-path", gguf.toString(), "--json");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("weights_repo_id").asText()).isEqualTo(gguf.getParent().toString());
    assertThat(root.get("weight_path").toString()).isEqualTo("[\"tiny-Q4_K_M.gguf\"]");
    assertThat(root.get("weights_format").asText()).isEqualTo("gguf");
    assertThat(root.get("quantization_encoding").asText()).isEqualTo("q4_k");
    assertThat(root.get("weights_size").asLong()).isEqualTo(Files.size(gguf));
  }

  @Test
  void case26_givenALocalModelAndAGgufOfAHubRepo_resolve_takesTheWeightsFromThatRepo()
      throws Exception {
    JsonNode root = resolveAgainstHub(EXAMPLE);

    assertThat(root.get("model_path").asText()).isEqualTo(EXAMPLE);
    assertThat(root.get("weights_repo_id").asText()).isEqualTo("modularai/Tiny-GGUF");
    assertThat(root.get("weight_path").toString()).isEqualTo("[\"tiny-q4_k_m.gguf\"]");
    assertThat(root.get("quantization_encoding").asText()).isEqualTo("q4_k");
    assertThat(root.get("architecture").get("name").asText()).isEqualTo("LlamaForCausalLM");
  }

  @Test
  void case25_givenOnlyAGgufPathOfAHubRepo_resolve_takesThatRepoAsTheModel() throws Exception {
    JsonNode root = resolveAgainstHub(null);
    assertCase25(root);
  }

  @Test
  void givenTheModelAsAGgufFileOfAHubRepo_resolve_readsItAsThatWeightPath() throws Exception {
    JsonNode root = resolveAgainstHub("modularai/Tiny-GGUF/tiny-q4_k_m.gguf", false);
    assertCase25(root);
  }

  private static void assertCase25(JsonNode root) {

    assertThat(root.get("model_path").asText()).isEqualTo("modularai/Tiny-GGUF");
    assertThat(root.get("weights_repo_id").isNull()).isTrue();
    assertThat(root.get("weight_path").toString()).isEqualTo("[\"tiny-q4_k_m.gguf\"]");
    // no config.json there: the GGUF header gives the architecture and the shape
    assertThat(root.get("architecture").get("name").asText()).isEqualTo("LlamaForCausalLM");
    assertThat(root.get("quantization_encoding").asText()).isEqualTo("q4_k");
  }

  private JsonNode resolveAgainstHub(String model) throws Exception {
    return resolveAgainstHub(model, true);
  }

  /**
   * Resolves {@code model} (none when null), with a weight path into a Hub repo holding a GGUF when
   * {@code withWeightPath}.
   */
  private JsonNode resolveAgainstHub(String model, boolean withWeightPath) throws Exception {
    Path repo = dir.resolve("hub/tiny-gguf");
    Files.createDirectories(repo);
    GgufWriter.tinyLlama(3, 1_000).write(repo.resolve("tiny-q4_k_m.gguf"));
    try (FakeHub hub = new FakeHub()) {
      hub.add("modularai/Tiny-GGUF", repo);
      List<String> args = new ArrayList<>(List.of("resolve"));
      if (model != null) {
        args.add(model);
      }
      if (withWeightPath) {
        args.addAll(List.of("--weight-path", "modularai/Tiny-GGUF/tiny-q4_k_m.gguf"));
      }
      args.add("--json");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          Cli.run(
              args.toArray(String[]::new),
              IsolatedSettings.of(dir, dir, Map.of("HF_ENDPOINT", hub.endpoint().toString())),
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              Terminal.plain());
      JsonOutputs.check(out.toString());
      assertThat(code).as(err + out.toString()).isZero();
      return JSON.readTree(out.toString());
    }
  }
}
