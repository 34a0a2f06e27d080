package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Reference §10 case 22 through the CLI: exit code 2 and the error as JSON (weight-path cases 46
 * and 68 through the CLI: {@code WeightPathResolveTest}).
 */
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
}
