package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.app.IsolatedSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, byte-identical JSON: {@code resolve --json} run in separate JVMs (hash-based
 * immutable collections iterate in an order salted per JVM, so one JVM cannot show it).
 */
class DeterministicOutputTest {

  private static final int RUNS = 4;

  @Test
  void givenRopeScalingOnATarget_resolveJsonInSeveralJvms_printsTheSameBytes(@TempDir Path dir)
      throws Exception {
    Path model = dir.resolve("llama3-rope");
    Files.createDirectories(model);
    Files.copy(
        CliRun.ROOT.resolve("examples/tiny-llama/model.safetensors"),
        model.resolve("model.safetensors"));
    Files.writeString(
        model.resolve("config.json"),
        Files.readString(CliRun.ROOT.resolve("examples/tiny-llama/config.json"))
            .replace(
                "\"rope_scaling\": null",
                "\"rope_scaling\": {\"factor\": 32.0, \"high_freq_factor\": 4.0,"
                    + " \"low_freq_factor\": 1.0, \"original_max_position_embeddings\": 8192,"
                    + " \"rope_type\": \"llama3\"}"));

    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      outputs.add(runInNewJvm(dir, model));
    }

    assertThat(outputs.get(0)).contains("\"high_freq_factor\"");
    assertThat(outputs).allSatisfy(o -> assertThat(o).isEqualTo(outputs.get(0)));
  }

  private static String runInNewJvm(Path home, Path model)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "io.github.modelconfig.app.Main",
                "resolve",
                model.toString(),
                "--json",
                "--offline",
                "--target",
                "h100-80gb")
            .redirectErrorStream(false);
    pb.environment().clear();
    pb.environment().putAll(IsolatedSettings.environment(home));
    Process process = pb.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
    String json = new String(out, StandardCharsets.UTF_8);
    JsonOutputs.check(json);
    return json;
  }
}
