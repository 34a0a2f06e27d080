package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolveCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final List<String> TOP_LEVEL_KEYS =
      List.of(
          "model_path",
          "model_name",
          "served_model_name",
          "weights_repo_id",
          "weight_path",
          "weights_format",
          "weights_size",
          "quantization_encoding",
          "graph_quantization_encoding",
          "dtype",
          "dtype_cast",
          "rope_type",
          "max_length",
          "max_batch_size",
          "device_specs",
          "data_parallel_degree",
          "use_subgraphs",
          "trust_remote_code",
          "force_download",
          "huggingface_model_revision",
          "huggingface_weight_revision",
          "allow_safetensors_weights_fp32_bf6_bidirectional_cast",
          "vision_config_overrides",
          "kv_cache",
          "lora",
          "architecture",
          "model",
          "sampling_params_defaults",
          "diffusers_config",
          "memory",
          "provenance",
          "warnings",
          "draft_model");

  @Test
  void givenTheExample_resolveJson_printsEveryContractKeyWithTheExampleFacts() throws Exception {
    CliRun run = CliRun.of("resolve", "examples/tiny-llama", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    List<String> keys = new java.util.ArrayList<>(List.of("$schema"));
    keys.addAll(TOP_LEVEL_KEYS);
    assertThat(root.fieldNames()).toIterable().containsExactlyElementsOf(keys);
    assertThat(root.get("$schema").asText())
        .isEqualTo("https://modelconfig.github.io/schemas/resolve/1.0.json");
    assertThat(root.get("quantization_encoding").asText()).isEqualTo("float32");
    assertThat(root.get("weights_size").asLong()).isEqualTo(429_400L);
    assertThat(root.get("architecture").get("name").asText()).isEqualTo("LlamaForCausalLM");
    assertThat(root.get("model").get("parameter_count").asLong()).isEqualTo(106_816L);
    // 2 (K,V) x 2 layers x 2 kv heads x 16 head_dim x 4 bytes (float32 cache) = 512
    assertThat(root.get("memory").get("kv_bytes_per_token").asLong()).isEqualTo(512L);
    assertThat(root.get("sampling_params_defaults").get("temperature").asDouble()).isEqualTo(0.7);
    assertThat(root.get("provenance").get("quantization_encoding").get("source").asText())
        .isEqualTo("weights");
    assertThat(root.get("provenance").get("model_path").get("detail").asText())
        .isEqualTo("MODEL argument");
  }

  @Test
  void givenTheExample_resolveWithoutJson_printsASummaryAndAVerdict() {
    CliRun run = CliRun.of("resolve", "examples/tiny-llama");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("LlamaForCausalLM", "float32", "fits");
    assertThat(run.out()).doesNotContain("\u001b[");
  }

  @Test
  void givenFourBadFlags_resolve_reportsAllFourAndExits2() throws Exception {
    CliRun run =
        CliRun.of(
            "resolve",
            "examples/tiny-llama",
            "--json",
            "--quantization-encoding",
            "bf17",
            "--max-length",
            "-1",
            "--kv-cache-page-size",
            "100",
            "--device-memory-utilization",
            "1.5");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode errors = JSON.readTree(run.out()).get("errors");
    assertThat(errors).hasSize(4);
    assertThat(errors.findValuesAsText("field"))
        .containsExactly(
            "quantization_encoding",
            "max_length",
            "kv_cache.kv_cache_page_size",
            "kv_cache.device_memory_utilization");
  }

  @Test
  void givenMissingFolder_resolve_exits3WithoutStackTrace() {
    CliRun run = CliRun.of("resolve", "/no/such/model");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("does not exist").doesNotContain("Exception", "\tat ");
  }

  @Test
  void givenFolderWithoutConfig_resolve_exits2NamingConfigJson(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("README.md"), "not a model");

    CliRun run = CliRun.of("resolve", dir.toString(), "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("missing_config", "config.json");
  }

  @Test
  void givenMalformedConfig_resolve_exits2WithLineAndColumn(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("config.json"), "{\n  \"architectures\": [\"LlamaForCausalLM\",\n}");

    CliRun run = CliRun.of("resolve", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("config.json is not valid JSON", "line 3");
  }

  @Test
  void givenUnknownArchitecture_resolve_exits2NamingTheClosest(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("config.json"), "{\"architectures\": [\"LlamaForCausalLMX\"]}");

    CliRun run = CliRun.of("resolve", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("LlamaForCausalLMX", "closest registered: LlamaForCausalLM");
  }

  @Test
  void givenVersionFlag_run_printsTheVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("modelconfig ");
  }
}
