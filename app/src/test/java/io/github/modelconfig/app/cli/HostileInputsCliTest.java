package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.adapter.huggingface.LargeHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid but large weight headers at the readers' stated limits, read by the real CLI in a child JVM
 * under the launcher's 128 MiB heap: each is read (or refused past its limit) with an exit code and
 * a message, never an OutOfMemoryError. Files are written sparse: only their headers take disk.
 * Times and peak memory are measured in docs/hostile-inputs.md, not asserted here.
 */
class HostileInputsCliTest {

  @TempDir Path dir;

  private CliRun inspect(LargeHeaders file, String name) throws Exception {
    Path path = file.write(dir.resolve(name));
    return LauncherJvm.run(dir, "inspect", path.toString(), "--json");
  }

  private static void assertRead(CliRun run, String tensorCount) {
    assertThat(run.err()).doesNotContain("OutOfMemoryError", "\tat ");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("\"tensor_count\" : " + tensorCount);
  }

  @Test
  void givenA23MbHeaderOf200kTensorsOutOfOrder_inspect_readsIt() throws Exception {
    CliRun run = inspect(LargeHeaders.safetensors(200_000, 4_000_000, true), "200k.safetensors");

    assertRead(run, "200000");
  }

  @Test
  void givenAHeaderPaddedTo90Mb_inspect_readsIt() throws Exception {
    CliRun run = inspect(LargeHeaders.safetensors(1, 90_000_000, false), "padded.safetensors");

    assertRead(run, "1");
  }

  @Test
  void givenA100MbHeaderOf980kTensors_inspect_readsIt() throws Exception {
    // 980,000 entries of 102 bytes, padded to the reader's limit of 100,000,000 bytes
    long json = LargeHeaders.safetensorsJsonBytes(980_000);
    LargeHeaders file = LargeHeaders.safetensors(980_000, 100_000_000 - json - 7, false);
    CliRun run = inspect(file, "limit.safetensors");

    assertRead(run, "980000");
  }

  @Test
  void givenAHeaderPastTheLimit_inspect_refusesItSayingTheLimit() throws Exception {
    long json = LargeHeaders.safetensorsJsonBytes(1);
    CliRun run =
        inspect(LargeHeaders.safetensors(1, 100_000_001 - json, false), "past.safetensors");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.out()).contains("corrupt_file", "outside [2, 100000000]");
  }

  @Test
  void givenAGgufOfAMillionTensors_inspect_readsIt() throws Exception {
    assertRead(inspect(LargeHeaders.gguf(1_000_000), "million.gguf"), "1000000");
  }

  @Test
  void givenAGgufPastAMillionTensors_inspect_refusesItSayingTheLimit() throws Exception {
    CliRun run = inspect(LargeHeaders.gguf(1_000_001), "past.gguf");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.out()).contains("tensor count 1000001 is impossible: at most 1000000");
  }

  @Test
  void givenAModelFolderWith200kTensors_resolve_resolvesItUnderTheHeap() throws Exception {
    Path model = Files.createDirectories(dir.resolve("model"));
    Files.copy(
        CliRun.ROOT.resolve("examples/tiny-llama/config.json"), model.resolve("config.json"));
    LargeHeaders.safetensors(200_000, 0, true).write(model.resolve("model.safetensors"));

    CliRun run =
        LauncherJvm.run(
            dir, "resolve", model.toString(), "--json", "--offline", "--target", "h100-80gb");

    assertThat(run.err()).doesNotContain("OutOfMemoryError");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(new String(run.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("\"parameter_count\" : 12800000");
  }
}
