package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.adapter.huggingface.GgufWriter;
import io.github.modelconfig.adapter.huggingface.ShardedRepoFixture;
import io.github.modelconfig.app.IsolatedSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inspect} of a relative path shaped like a repo file ({@code org/name/file}, or {@code
 * folder/file}, which also spells a repo id): a local file or folder that exists wins, and the Hub
 * (which holds repos of the same names) is never asked; without them, the Hub's file is read.
 */
class InspectLocalFirstTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Path work;
  FakeHub hub;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    work = Files.createDirectories(dir.resolve("work"));
    hub = new FakeHub();
    Path sharded = ShardedRepoFixture.write(dir.resolve("repos/sharded"), 2);
    hub.add("org/name", sharded);
    hub.add("models/tiny.gguf", sharded);
    hub.add("meta/tiny", sharded);
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  JsonNode inspect(String target) throws IOException {
    int code =
        Cli.run(
            new String[] {"inspect", target, "--json"},
            IsolatedSettings.of(dir, work, Map.of("HF_ENDPOINT", hub.endpoint().toString())),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Terminal.plain());
    JsonOutputs.check(out.toString());
    assertThat(code).as(err.toString()).isZero();
    return JSON.readTree(out.toString());
  }

  @Test
  void givenALocalFileShapedLikeARepoFile_inspect_readsItAndNeverAsksTheHub() throws Exception {
    GgufWriter.tinyLlama(3, 100)
        .write(Files.createDirectories(work.resolve("org/name")).resolve("model.gguf"));

    JsonNode report = inspect("org/name/model.gguf");

    assertThat(report.get("format").asText()).isEqualTo("gguf");
    assertThat(report.get("files")).hasSize(1);
    assertThat(report.get("files").get(0).get("path").asText()).isEqualTo("model.gguf");
    assertThat(hub.requests()).isEmpty();
  }

  @Test
  void givenALocalFileWhosePathSpellsARepoId_inspect_neverAsksTheHub() throws Exception {
    GgufWriter.tinyLlama(3, 100)
        .write(Files.createDirectories(work.resolve("models")).resolve("tiny.gguf"));

    JsonNode report = inspect("models/tiny.gguf");

    assertThat(report.get("files").get(0).get("path").asText()).isEqualTo("tiny.gguf");
    assertThat(hub.requests()).isEmpty();
  }

  @Test
  void givenALocalIndexBesideItsShards_inspect_readsTheLocalFolder() throws Exception {
    ShardedRepoFixture.write(work.resolve("org/name"), 2);

    JsonNode report = inspect("org/name/model.safetensors.index.json");

    assertThat(report.get("indexes")).hasSize(1);
    assertThat(report.get("files")).isEmpty();
    assertThat(hub.requests()).isEmpty();
  }

  @Test
  void givenALocalFolderNamedLikeARepo_inspect_readsTheFolder() throws Exception {
    ShardedRepoFixture.write(work.resolve("org/name"), 3);

    JsonNode report = inspect("org/name");

    // the local copy has 3 shards, the Hub's repo of the same name 2
    assertThat(report.get("files")).hasSize(3);
    assertThat(hub.requests()).isEmpty();
  }

  @Test
  void givenNoLocalCopy_inspect_readsTheFileOfTheHubRepo() throws Exception {
    String shard = ShardedRepoFixture.shardName(2, 2);

    JsonNode report = inspect("meta/tiny/" + shard);

    assertThat(report.get("files")).hasSize(1);
    assertThat(report.get("files").get(0).get("path").asText()).isEqualTo(shard);
    assertThat(hub.requests())
        .anyMatch(r -> r.startsWith("GET /api/models/meta/tiny/revision/main"));
  }
}
