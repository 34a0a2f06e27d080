package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * What a new user meets first, through the real CLI in the repository root with an isolated HF
 * environment (its endpoint a closed port: any network attempt would fail with exit 5).
 */
class FirstMinutesTest {

  @Test
  void givenATypoOfTheBundledExample_resolve_namesTheNearestFolderWithoutTheNetwork() {
    CliRun run = CliRun.of("resolve", "examples/tiny-lama");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err())
        .contains("Model path 'examples/tiny-lama' does not exist")
        .contains("Did you mean 'examples/tiny-llama'?")
        .doesNotContain("Cannot connect");
  }

  @Test
  void givenAMissingPathSpelledAsOne_resolve_saysSoWithoutTheNetwork() {
    CliRun run = CliRun.of("resolve", "./nowhere/model");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("Model path './nowhere/model' does not exist")
        .doesNotContain("connect");
  }

  @Test
  void givenAnUnknownOption_resolve_suggestsTheNearestOnes() {
    CliRun run = CliRun.of("resolve", "examples/tiny-llama", "--max-lenght", "1024");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option").contains("--max-length");
  }

  @Test
  void givenNoCache_cacheScan_isAnEmptyReport() {
    CliRun run = CliRun.of("cache", "scan", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"repos\" : [ ]");
  }

  @Test
  void givenAZeroGpuCount_devicesTarget_saysTheCountIsWrong() {
    CliRun run = CliRun.of("devices", "--target", "mi300x-192gb:0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("[" + ErrorCode.INVALID_TARGET_COUNT.wireName() + "] target")
        .contains("is 0; it must be a whole number from 1 to 1024")
        .contains("--target mi300x-192gb:1")
        .doesNotContain("unknown_target");
  }

  @Test
  void givenAConfigFile_inspect_saysItIsNotAWeightFileAndWhatInspectTakes() {
    CliRun run = CliRun.of("inspect", "examples/tiny-llama/config.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a weight file").contains(".safetensors").contains(".gguf");
  }

  @Test
  void givenALocalFolder_download_resolvesItAndFetchesNothing() {
    CliRun run = CliRun.of("download", "examples/tiny-llama", "--devices", "cpu");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("LlamaForCausalLM").contains("Nothing to fetch");
  }
}
