package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model folders a user should not send, resolved by the CLI: each ends with exit 2 and a message
 * naming what was wrong, never a walk of the disk or a silent half model.
 */
class HostileFilesCliTest {

  @TempDir Path dir;

  private Path model;

  @BeforeEach
  void tinyLlama() throws Exception {
    model = Files.createDirectories(dir.resolve("m"));
    for (String file : new String[] {"config.json", "model.safetensors"}) {
      Files.copy(CliRun.ROOT.resolve("examples/tiny-llama/" + file), model.resolve(file));
    }
  }

  private CliRun resolve() {
    return CliRun.of("resolve", model.toString(), "--json", "--offline");
  }

  @Test
  void givenALinkToTheFilesystemRoot_resolve_refusesItNamingTheLink() throws Exception {
    Files.createSymbolicLink(model.resolve("root"), Path.of("/"));

    CliRun run = resolve();

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.out()).contains("root -> /", "never follows links out of a model folder");
  }

  @Test
  void givenALinkToTheParentFolder_resolve_refusesIt() throws Exception {
    Files.createSymbolicLink(model.resolve("up"), Path.of(".."));

    CliRun run = resolve();

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.out()).contains("up -> ..");
  }

  @Test
  void givenGarbageAfterTheConfigJson_resolve_refusesTheFile() throws Exception {
    Files.writeString(
        model.resolve("config.json"),
        Files.readString(model.resolve("config.json")) + "\n{\"num_hidden_layers\": 999}\n");

    CliRun run = resolve();

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.out()).contains("config.json is not valid JSON", "content after the JSON value");
  }

  @Test
  void givenAnIndexNamingAMissingShard_resolve_refusesTheIncompleteWeights() throws Exception {
    Files.move(
        model.resolve("model.safetensors"), model.resolve("model-00001-of-00002.safetensors"));
    Files.writeString(
        model.resolve("model.safetensors.index.json"),
        "{\"metadata\":{\"total_size\":854528},\"weight_map\":{"
            + "\"model.embed_tokens.weight\":\"model-00001-of-00002.safetensors\","
            + "\"lm_head.weight\":\"model-00002-of-00002.safetensors\"}}");

    CliRun run = resolve();

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.out()).contains("missing_weight_shard", "model-00002-of-00002.safetensors");
  }
}
