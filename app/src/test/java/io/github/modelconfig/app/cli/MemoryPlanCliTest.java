package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.app.AppSettings;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end on the tiny-llama example reshaped as Llama-3.1-8B (config only). */
class MemoryPlanCliTest {

  @TempDir Path dir;
  private Path model;
  private Path bin;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void llama8bShape() throws Exception {
    model = Llama8bShape.write(dir.resolve("llama-8b-shape"));
    Files.writeString(dir.resolve("meminfo"), "MemTotal: 67108864 kB\nMemAvailable: 33554432 kB\n");
    bin = Files.createDirectories(dir.resolve("bin"));
  }

  private int run(AppSettings settings, String... args) {
    int code =
        Cli.run(
            args,
            settings,
            new PrintWriter(out),
            new PrintWriter(err),
            new Terminal(false, false, 100));
    JsonOutputs.check(out.toString());
    return code;
  }

  private AppSettings settings(Option<String> cudaMask) {
    return new AppSettings(
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
        List.of(bin),
        cudaMask,
        Option.none(),
        Option.none());
  }

  private JsonNode resolveJson(String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("resolve", model.toString(), "--json"));
    args.addAll(List.of(extra));
    int code = run(settings(Option.none()), args.toArray(String[]::new));
    assertThat(code).as(out + "" + err).isZero();
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void givenOneH100Target_resolve_plansTheBf16Cache() throws Exception {
    JsonNode json = resolveJson("--target", "h100-80gb", "--kv-cache-format", "bfloat16");

    JsonNode memory = json.get("memory");
    // 2 * 32 layers * 8 heads * 128 dim * 2 bytes = 131,072 B/token; x 128 = 16 MiB a page.
    assertThat(memory.get("kv_bytes_per_token").asLong()).isEqualTo(131_072);
    assertThat(memory.get("kv_bytes_per_page").asLong()).isEqualTo(16_777_216);
    // floor(81559 MiB * 0.9 - 429,400 B of weights) = 76,968,299,585; / 16 MiB = 4587 pages;
    // 4587 * 128 = 587,136 tokens; 4587 / (131072 / 128 = 1024 pages a request) = 4 requests.
    assertThat(memory.get("num_pages").asLong()).isEqualTo(4587);
    assertThat(memory.get("max_length_that_fits").asLong()).isEqualTo(587_136);
    assertThat(memory.get("max_batch_size").asLong()).isEqualTo(512);
    assertThat(memory.get("max_batch_at_max_length").asLong()).isEqualTo(4);
    assertThat(memory.get("fits").asBoolean()).isTrue();
    assertThat(memory.get("devices").get(0).get("source").asText()).isEqualTo("target:h100-80gb");
  }

  @Test
  void givenL4AndDefaultLength_resolve_truncatesToWhatFits() throws Exception {
    // float32 KV: 262,144 B/token, 32 MiB a page; floor(23034 MiB * 0.9 - 429,400) =
    // 21,737,180,225 B / 32 MiB = 647 pages -> 647 * 128 = 82,816 tokens < 131,072.
    JsonNode json = resolveJson("--target", "l4-24gb");

    assertThat(json.toString())
        .contains("Truncated model's default max_length from 131072 to 82816");
    assertThat(json.get("memory").get("max_length_that_fits").asLong()).isEqualTo(82_816);
  }

  @Test
  void givenL4AndUserLength_resolve_clampsIt() throws Exception {
    // Case 57: the user's 100,000 is above the 82,816 that fit.
    JsonNode json = resolveJson("--target", "l4-24gb", "--max-length", "100000");

    assertThat(json.toString()).contains("Clamping max_length from 100000 to 82816");
  }

  @Test
  void givenThreeGpus_resolve_rejectsTheKvHeadSplit() {
    int code = run(settings(Option.none()), "resolve", model.toString(), "--target", "h100-80gb:3");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("must be divisible by the number of devices (3)");
  }

  @Test
  void givenPipedOutput_resolve_printsPlainBarsAndVerdict() {
    int code =
        run(
            settings(Option.none()),
            "resolve",
            model.toString(),
            "--target",
            "h100-80gb:2",
            "--kv-cache-format",
            "bfloat16");

    assertThat(code).isZero();
    assertThat(out.toString())
        .doesNotContain("\u001b[")
        .contains("  gpu:0  [")
        .contains("  gpu:1  [")
        .contains("fits: max_length 131072, batch 512 on 2x h100-80gb; KV cache holds");
  }

  @Test
  void givenStandInNvidiaSmiAndMask_devices_listsTheVisibleGpu() throws Exception {
    Path tool = bin.resolve("nvidia-smi");
    Files.writeString(
        tool,
        "#!/bin/sh\n"
            + "echo '0, GPU-4a2b6d1e-7c3f-5e88-a91b-0d3c2f6e8b17, NVIDIA L4, 23034, 22700, 8.9'\n"
            + "echo '1, GPU-9e0f3c27-1b4d-4a6e-8f52-c7d1a0b9e364, NVIDIA L4, 23034, 11000, 8.9'\n");
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));

    int code = run(settings(Option.of("1")), "devices", "--json");

    assertThat(code).isZero();
    JsonNode devices = new ObjectMapper().readTree(out.toString()).get("devices");
    assertThat(devices).hasSize(2);
    assertThat(devices.get(0).get("id").asInt()).isZero();
    assertThat(devices.get(0).get("uuid").asText()).startsWith("GPU-9e0f3c27");
    // 11000 MiB * 1,048,576 = 11,534,336,000 B.
    assertThat(devices.get(0).get("free_memory").asLong()).isEqualTo(11_534_336_000L);
    assertThat(devices.get(1).get("device_type").asText()).isEqualTo("cpu");
  }

  @Test
  void givenABrokenNvidiaSmi_resolve_carriesTheDeviceWarning() throws Exception {
    Path tool = bin.resolve("nvidia-smi");
    Files.writeString(tool, "#!/bin/sh\necho 'NVIDIA-SMI has failed' >&2\nexit 9\n");
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));

    int code =
        run(
            settings(Option.none()),
            "resolve",
            CliRun.ROOT.resolve("examples/tiny-llama").toString(),
            "--json");

    assertThat(code).as(out + "" + err).isZero();
    JsonNode warnings = new ObjectMapper().readTree(out.toString()).get("warnings");
    assertThat(warnings.toString()).contains("nvidia-smi");
  }

  @Test
  void givenUnknownTarget_devices_failsWithTheKnownNames() {
    int code = run(settings(Option.none()), "devices", "--target", "h300");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("unknown target 'h300'").contains("mi300x-192gb");
  }
}
