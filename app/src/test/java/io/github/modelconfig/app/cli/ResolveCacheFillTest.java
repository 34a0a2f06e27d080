package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.adapter.huggingface.ShardedRepoFixture;
import io.github.modelconfig.app.IsolatedSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resolve} of a Hub repo leaves the small files it read in the shared cache, as the Python
 * client lays them out, so the next resolve asks the fake Hub fewer questions.
 */
class ResolveCacheFillTest {

  static final String REPO = "meta-llama/Tiny-Sharded";

  @TempDir Path dir;
  FakeHub hub;
  StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub();
    hub.add(REPO, ShardedRepoFixture.write(dir.resolve("repos/tiny"), 2));
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  int run(String... args) {
    err = new StringWriter();
    return Cli.run(
        args,
        IsolatedSettings.of(dir, dir, Map.of("HF_ENDPOINT", hub.endpoint().toString())),
        new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true),
        Terminal.plain());
  }

  @Test
  void givenAResolvedHubRepo_resolveAgain_readsItsConfigFilesFromTheCache() throws IOException {
    assertThat(run("resolve", REPO, "--devices", "cpu")).as(err.toString()).isZero();
    // model info, then 2 config files x (307 + 200)
    assertThat(hub.requests()).hasSize(5);
    hub.clearRequests();

    assertThat(run("resolve", REPO, "--devices", "cpu")).as(err.toString()).isZero();

    assertThat(hub.requests()).singleElement().asString().startsWith("GET /api/models/" + REPO);
    Path repo = dir.resolve("hf-home/hub/models--meta-llama--Tiny-Sharded");
    String commit = Files.readString(repo.resolve("refs/main")).strip();
    Path config = repo.resolve("snapshots").resolve(commit).resolve("config.json");
    assertThat(Files.isSymbolicLink(config)).isTrue();
    assertThat(config.toRealPath().getParent()).isEqualTo(repo.resolve("blobs").toRealPath());
    assertThat(Files.readString(config))
        .isEqualTo(Files.readString(dir.resolve("repos/tiny/config.json")));
    assertThat(repo.resolve(".no_exist").resolve(commit).resolve("model_index.json")).exists();
    try (Stream<Path> blobs = Files.list(repo.resolve("blobs"))) {
      assertThat(blobs.map(p -> p.getFileName().toString()))
          .as("no partial file is left")
          .hasSize(2)
          .noneMatch(n -> n.endsWith(".incomplete"));
    }
  }
}
