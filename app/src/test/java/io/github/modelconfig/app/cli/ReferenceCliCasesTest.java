package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Reference §10 cases 22, 46 and 68 through the CLI: exit code 2 and the error as JSON. */
class ReferenceCliCasesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode onlyError(CliRun run) throws Exception {
    JsonNode errors = JSON.readTree(run.out()).get("errors");
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  @Test
  void case22_givenNoModel_resolve_exits2AskingForOne() throws Exception {
    CliRun run = CliRun.of("resolve", "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode error = onlyError(run);
    assertThat(error.get("code").asText()).isEqualTo("missing_model");
    assertThat(error.get("field").asText()).isEqualTo("model_path");
  }

  @Test
  void case46_givenABinWeightPath_resolve_exits2() throws Exception {
    CliRun run = CliRun.of("resolve", "examples/tiny-llama", "--weight-path", "w.bin", "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode error = onlyError(run);
    assertThat(error.get("code").asText()).isEqualTo("unsupported_weight_format");
    assertThat(error.get("message").asText())
        .isEqualTo("weight path: w.bin not gguf or safetensors, cannot infer encoding from file.");
  }

  @Test
  void case68_givenAWeightFileMissingFromTheFolder_resolve_exits2NamingIt() throws Exception {
    CliRun run =
        CliRun.of(
            "resolve", "examples/tiny-llama", "--weight-path", "missing.safetensors", "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode error = onlyError(run);
    assertThat(error.get("code").asText()).isEqualTo("weight_file_not_found");
    assertThat(error.get("message").asText())
        .startsWith("Weight file 'missing.safetensors' not found within the local repository path")
        .contains("tiny-llama");
  }

  @Test
  void case68_givenTheFoldersOwnWeightFile_resolve_sizesIt() throws Exception {
    CliRun run =
        CliRun.of("resolve", "examples/tiny-llama", "--weight-path", "model.safetensors", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.out()).get("weights_size").asLong()).isEqualTo(429_400L);
  }
}
