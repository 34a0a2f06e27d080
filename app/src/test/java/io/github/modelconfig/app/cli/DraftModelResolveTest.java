package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The draft model of speculative decoding is resolved too (MAX leaves it unresolved). */
class DraftModelResolveTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void givenADraftModel_resolve_resolvesBothAndSplitsTheMemory() throws Exception {
    CliRun run =
        CliRun.of(
            "resolve",
            "examples/tiny-llama",
            "--draft-model-path",
            "examples/tiny-llama/model.safetensors",
            "--json");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    JsonNode root = JSON.readTree(run.out());
    JsonNode draft = root.get("draft_model");
    assertThat(draft.get("model_path").asText()).isEqualTo("examples/tiny-llama/model.safetensors");
    assertThat(draft.get("quantization_encoding").asText()).isEqualTo("float32");
    assertThat(draft.get("draft_model").isNull()).isTrue();
    assertThat(root.get("kv_cache").get("device_memory_utilization").asDouble())
        .isCloseTo(0.63, within(1e-9));
    assertThat(draft.get("kv_cache").get("device_memory_utilization").asDouble())
        .isCloseTo(0.27, within(1e-9));
    assertThat(root.get("kv_cache").get("enable_prefix_caching").asBoolean()).isFalse();
    assertThat(root.get("warnings").toString()).contains("Prefix caching is turned off");
  }

  @Test
  void givenABadDraftEncodingAndABadMainLength_resolve_reportsBothWithTheirFields()
      throws Exception {
    CliRun run =
        CliRun.of(
            "resolve",
            "examples/tiny-llama",
            "--max-length",
            "-1",
            "--draft-model-path",
            "examples/tiny-llama",
            "--draft-quantization-encoding",
            "q9",
            "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode errors = JSON.readTree(run.out()).get("errors");
    assertThat(errors.findValuesAsText("field"))
        .containsExactly("max_length", "draft_quantization_encoding");
  }
}
