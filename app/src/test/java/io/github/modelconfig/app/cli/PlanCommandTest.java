package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan} on the bundled tiny Llama (2 layers, 4 heads, 2 KV heads of 16, float32) for real:
 * resolve, target catalog, accounting, JSON and text.
 */
class PlanCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static JsonNode json(CliRun run) throws Exception {
    return JSON.readTree(run.out());
  }

  @Test
  void givenVllmOnTwoH100sAtTp2_plan_printsPlanJsonWithTheCudaVisibleBudget() throws Exception {
    CliRun run =
        CliRun.of(
            "plan",
            "examples/tiny-llama",
            "--runtime",
            "vllm",
            "--target",
            "h100-80gb:2",
            "--tensor-parallel",
            "2",
            "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode j = json(run);
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .startsWith(
            "$schema",
            "runtime",
            "runtime_version",
            "fits",
            "layout",
            "max_length",
            "kv_cache_tokens",
            "max_concurrency",
            "devices",
            "command",
            "alternatives",
            "warnings",
            "errors");
    assertThat(j.get("runtime").asText()).isEqualTo("vllm");
    assertThat(j.get("runtime_version").asText()).isEqualTo("0.28");
    assertThat(j.get("layout").get("tensor_parallel").asInt()).isEqualTo(2);
    assertThat(j.get("max_length").asLong()).isEqualTo(2048);
    // H100 80GB: 85,030,486,016 B CUDA total * 0.92 (vLLM >= 0.21) = 78,228,047,134.
    assertThat(j.get("devices").get(1).get("budget_bytes").asLong()).isEqualTo(78_228_047_134L);
    // 2 layers * 2 (K, V) * 1 KV head per rank * 16 * 2 B (float32 served as bfloat16) = 128.
    assertThat(j.get("kv_bytes_per_token").asLong()).isEqualTo(128);
    assertThat(j.get("kv_cache_tokens").asLong() % 16).isZero();
    assertThat(j.get("devices")).hasSize(2);
  }

  @Test
  void givenAnOlderVllmVersion_plan_usesThatVersionsUtilization() throws Exception {
    CliRun run =
        CliRun.of(
            "plan",
            "examples/tiny-llama",
            "--runtime",
            "vllm",
            "--runtime-version",
            "0.17.1",
            "--target",
            "h100-80gb",
            "--json");

    JsonNode j = json(run);
    assertThat(j.get("runtime_version").asText()).isEqualTo("0.19");
    // 85,030,486,016 * 0.9 = 76,527,437,414.
    assertThat(j.get("devices").get(0).get("budget_bytes").asLong()).isEqualTo(76_527_437_414L);
  }

  @Test
  void givenATensorParallelismThatDoesNotDivideTheHeads_plan_saysWhyAndExitsTwo() throws Exception {
    CliRun run =
        CliRun.of(
            "plan",
            "examples/tiny-llama",
            "--runtime",
            "vllm",
            "--target",
            "h100-80gb:3",
            "--tensor-parallel",
            "3",
            "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID.code());
    JsonNode j = json(run);
    assertThat(j.get("fits").asBoolean()).isFalse();
    assertThat(j.get("why").asText())
        .isEqualTo(
            "Total number of attention heads (4) must be divisible by tensor parallel size (3)");
  }

  @Test
  void givenBadPlanOptions_plan_reportsEveryProblemWithItsField() throws Exception {
    CliRun run =
        CliRun.of(
            "plan",
            "examples/tiny-llama",
            "--runtime",
            "tgi",
            "--gpu-memory-utilization",
            "1.5",
            "--kv-cache-dtype",
            "int3",
            "--target",
            "h100-80gb",
            "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID.code());
    JsonNode errors = json(run).get("errors");
    List<String> fields = new ArrayList<>();
    errors.forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactly("runtime", "gpu_memory_utilization", "kv_cache_dtype");
    assertThat(errors.get(0).get("message").asText())
        .isEqualTo("runtime 'tgi' is not one of: max, vllm, sglang, llama.cpp");
  }

  @Test
  void givenNoGpuAndNoTarget_plan_asksForATarget() {
    CliRun run = CliRun.of("plan", "examples/tiny-llama", "--runtime", "vllm");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.err()).contains("[devices_not_found]").contains("--target");
  }

  @Test
  void givenText_plan_drawsOneBarPerDeviceAndTheVerdict() {
    CliRun run =
        CliRun.of(
            "plan",
            "examples/tiny-llama",
            "--runtime",
            "sglang",
            "--target",
            "l40s-48gb:2",
            "--tensor-parallel",
            "2");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("examples/tiny-llama on sglang 0.5, tensor parallel 2")
        .contains("  gpu:0  [")
        .contains("  gpu:1  [")
        .contains("# weights  + activations  o overhead  = KV cache")
        .contains("fits as tp2: context 2,048 tokens");
  }

  @Test
  void givenMaxRuntime_plan_reusesResolvesMemoryPlan() throws Exception {
    CliRun plan = CliRun.of("plan", "examples/tiny-llama", "--target", "h100-80gb", "--json");
    CliRun resolve = CliRun.of("resolve", "examples/tiny-llama", "--target", "h100-80gb", "--json");

    JsonNode p = json(plan);
    JsonNode memory = json(resolve).get("memory");
    assertThat(p.get("runtime").asText()).isEqualTo("max");
    assertThat(p.get("kv_cache_tokens").asLong())
        .isEqualTo(memory.get("kv_token_capacity").asLong());
    assertThat(p.get("devices").get(0).get("weights_bytes").asLong())
        .isEqualTo(memory.get("weights_bytes").asLong());
  }

  @Test
  void givenABatch_plan_printsOnePlanPerLine() throws Exception {
    Path batch =
        Files.write(
            dir.resolve("plans.txt"),
            List.of(
                "examples/tiny-llama --runtime vllm",
                "examples/tiny-llama --runtime llama.cpp --max-length 1000"));

    CliRun run = CliRun.of("plan", "--batch", batch.toString(), "--target", "h100-80gb", "--json");

    assertThat(run.exitCode()).isZero();
    List<JsonNode> records = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      records.add(JSON.readTree(line));
    }
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("runtime").asText()).isEqualTo("vllm");
    assertThat(records.get(1).get("runtime").asText()).isEqualTo("llama.cpp");
    // llama.cpp pads n_ctx to 256: 1000 -> 1024 cells.
    assertThat(records.get(1).get("kv_cache_tokens").asLong()).isEqualTo(1024);
  }
}
