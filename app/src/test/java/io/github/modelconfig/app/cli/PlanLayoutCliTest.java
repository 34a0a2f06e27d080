package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.app.AppSettings;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan} without layout flags, end to end: the tiny-llama example reshaped as Llama-3.1-8B
 * (32 heads, 8 KV heads, 131,072 positions; its weights stay tiny) on what-if targets.
 */
class PlanLayoutCliTest {

  @TempDir Path dir;
  private Path model;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void llama8bShape() throws Exception {
    model = Llama8bShape.write(dir.resolve("llama 8b shape"));
  }

  private int run(String... args) {
    AppSettings settings =
        new AppSettings(
            dir,
            dir,
            dir.resolve("no-cgroup"),
            io.github.modelconfig.app.HubEnvironment.from(
                java.util.Map.of(
                    "HF_HUB_OFFLINE",
                    "1",
                    "HF_HOME",
                    dir.resolve("hf").toString(),
                    "HF_ENDPOINT",
                    io.github.modelconfig.app.IsolatedSettings.CLOSED_ENDPOINT),
                dir),
            List.of(dir.resolve("bin")),
            Option.none(),
            Option.none(),
            Option.none());
    return Cli.run(
        args,
        settings,
        new PrintWriter(out),
        new PrintWriter(err),
        new Terminal(false, false, 100));
  }

  private JsonNode plan(int exit, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("plan", model.toString(), "--json"));
    args.addAll(List.of(extra));
    assertThat(run(args.toArray(String[]::new))).as(out + "" + err).isEqualTo(exit);
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void givenEightH100sAndVllm_plan_choosesOneGpuReplicasAndPrintsTheirCommand() throws Exception {
    JsonNode j = plan(0, "--runtime", "vllm", "--target", "h100-80gb:8");

    assertThat(j.get("layout").get("data_parallel").asInt()).isEqualTo(8);
    assertThat(j.get("layout").get("tensor_parallel").asInt()).isEqualTo(1);
    assertThat(j.get("max_length").asLong()).isEqualTo(131_072);
    assertThat(j.get("command").asText())
        .isEqualTo("vllm serve '" + model + "' --data-parallel-size 8 --max-model-len 131072");
    JsonNode tp2 = j.get("alternatives").get(0);
    assertThat(tp2.get("layout").get("tensor_parallel").asInt()).isEqualTo(2);
    assertThat(tp2.get("why").asText()).contains("room for 4 replicas where tp1 x dp8 runs 8");
    assertThat(j.get("advice").isNull()).isTrue();
  }

  @Test
  void givenContextBoundsAndConcurrency_plan_keepsThemAndSglangNamesItsFlags() throws Exception {
    JsonNode j =
        plan(
            0,
            "--runtime",
            "sglang",
            "--target",
            "l40s-48gb:4",
            "--max-context",
            "8192",
            "--concurrency",
            "16",
            "--kv-cache-dtype",
            "fp8");

    assertThat(j.get("max_length").asLong()).isEqualTo(8192);
    assertThat(j.get("total_concurrency").asDouble()).isGreaterThanOrEqualTo(16);
    assertThat(j.get("command").asText())
        .contains("python -m sglang.launch_server --model-path")
        .contains("--context-length 8192 --kv-cache-dtype fp8_e4m3");
  }

  @Test
  void givenAForcedLayoutTheHeadsRefuse_plan_exitsTwoAndNamesTheNearest() throws Exception {
    JsonNode j =
        plan(
            2,
            "--runtime",
            "vllm",
            "--target",
            "h100-80gb:8",
            "--tensor-parallel",
            "3",
            "--pipeline-parallel",
            "1",
            "--data-parallel",
            "2");

    assertThat(j.get("fits").asBoolean()).isFalse();
    assertThat(j.get("why").asText()).contains("heads (32) must be divisible by tensor parallel");
    assertThat(j.get("advice").asText()).startsWith("the nearest layout that fits is tp4 x dp2");
  }

  @Test
  void givenAFloorAboveTheCap_plan_refusesTheFlags() {
    int code = run("plan", model.toString(), "--min-context", "9000", "--max-context", "8000");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("min_context 9000 exceeds max_context 8000");
  }

  @Test
  void givenText_plan_showsVerdictCommandAndTwoAlternatives() {
    int code = run("plan", model.toString(), "--runtime", "vllm", "--target", "h100-80gb:8");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("fits as tp1 x dp8: context 131,072 tokens")
        .contains("command: vllm serve")
        .contains("  instead of tp2 x dp4: ")
        .contains("more layouts considered: --json lists them");
  }
}
