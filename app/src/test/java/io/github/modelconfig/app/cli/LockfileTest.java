package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.adapter.huggingface.ShardedRepoFixture;
import io.github.modelconfig.app.IsolatedSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lockfiles against the fake Hub (a real HTTP server on 127.0.0.1): {@code resolve --lock} pins the
 * commit and every file with its ETag; after a push upstream {@code resolve --locked} names each
 * drift and exits 6; {@code download --locked} fetches and verifies the pinned files, which then
 * resolve offline against the same lock.
 */
class LockfileTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REPO = "meta-llama/Tiny-Sharded";

  @TempDir Path dir;
  private FakeHub hub;
  private Path upstream;

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub();
    upstream = ShardedRepoFixture.write(dir.resolve("repos/tiny"), 2);
    hub.add(REPO, upstream);
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  private CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            args,
            IsolatedSettings.of(dir, dir, Map.of("HF_ENDPOINT", hub.endpoint().toString())),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Terminal.plain());
    return new CliRun(code, out.toString(), err.toString());
  }

  private JsonNode lock(Path file) throws IOException {
    CliRun run = run("resolve", REPO, "--target", "h100-80gb", "--lock", file.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode lock = JSON.readTree(file.toFile());
    assertThat(JsonOutputs.errors(lock)).isEmpty();
    return lock;
  }

  @Test
  void givenAHubRepo_resolveLock_pinsTheCommitAndEveryFileWithItsEtag() throws Exception {
    JsonNode lock = lock(dir.resolve("model.lock.json"));

    assertThat(lock.get("model").asText()).isEqualTo(REPO);
    assertThat(lock.get("revision").asText()).isEqualTo("main");
    assertThat(lock.get("commit").asText()).matches("[0-9a-f]{40}");
    List<String> paths = new ArrayList<>();
    lock.get("files")
        .forEach(f -> paths.add(f.get("role").asText() + " " + f.get("path").asText()));
    assertThat(paths)
        .contains(
            "config config.json",
            "config model.safetensors.index.json",
            "weights model-00001-of-00002.safetensors",
            "weights model-00002-of-00002.safetensors");
    for (JsonNode f : lock.get("files")) {
      Path local = upstream.resolve(f.get("path").asText());
      assertThat(f.get("size").asLong()).as(f.toString()).isEqualTo(Files.size(local));
      if (f.get("role").asText().equals("weights")) {
        assertThat(f.get("sha256").asText()).isEqualTo(f.get("etag").asText()).hasSize(64);
      } else {
        assertThat(f.get("etag").asText()).hasSize(40);
      }
    }
    assertThat(lock.at("/resolved/weights_format").asText()).isEqualTo("safetensors");
  }

  @Test
  void givenAPushUpstream_resolveLocked_namesTheCommitTheChangedFileAndTheResolution()
      throws Exception {
    Path file = dir.resolve("model.lock.json");
    lock(file);
    String config = Files.readString(upstream.resolve("config.json"));
    Files.writeString(
        upstream.resolve("config.json"),
        config.replace("\"max_position_embeddings\":2048", "\"max_position_embeddings\":1024"));
    hub.push(REPO, upstream, "c".repeat(40));

    CliRun run =
        run("resolve", REPO, "--target", "h100-80gb", "--locked", file.toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(6);
    List<String> drifts = new ArrayList<>();
    JSON.readTree(run.out())
        .get("errors")
        .forEach(e -> drifts.add(e.get("code").asText() + " " + e.get("field").asText()));
    assertThat(drifts)
        .contains(
            "lock_commit_changed commit",
            "lock_file_changed config.json",
            "lock_resolution_changed resolved/max_length");
  }

  @Test
  void givenNoChange_resolveLocked_printsTheResolutionAndExits0() throws Exception {
    Path file = dir.resolve("model.lock.json");
    lock(file);

    CliRun run =
        run("resolve", REPO, "--target", "h100-80gb", "--locked", file.toString(), "--json");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(run.err()).contains("matches the lockfile");
    assertThat(JSON.readTree(run.out()).get("$schema").asText()).endsWith("/resolve/1.0.json");
  }

  @Test
  void givenALock_downloadLocked_fetchesVerifiesAndResolvesOfflineAtTheCommit() throws Exception {
    Path file = dir.resolve("model.lock.json");
    JsonNode lock = lock(file);

    CliRun download = run("download", "--locked", file.toString(), "--json");

    assertThat(download.exitCode()).as(download.err() + download.out()).isZero();
    JsonNode report = JSON.readTree(download.out()).get("download").get("repos").get(0);
    assertThat(report.get("commit").asText()).isEqualTo(lock.get("commit").asText());
    List<String> verified = new ArrayList<>();
    report
        .get("files")
        .forEach(
            f -> {
              if (f.get("verified").asBoolean()) {
                verified.add(f.get("path").asText());
              }
            });
    assertThat(verified).hasSize(lock.get("files").size());

    hub.close();
    CliRun offline =
        run(
            "resolve",
            REPO,
            "--huggingface-model-revision",
            lock.get("commit").asText(),
            "--offline",
            "--target",
            "h100-80gb",
            "--locked",
            file.toString());
    assertThat(offline.exitCode()).as(offline.err()).isZero();
    assertThat(offline.err()).contains("matches the lockfile");
  }

  @Test
  void givenACachedFileAlteredAfterTheLock_downloadLocked_namesItAndExits6() throws Exception {
    Path file = dir.resolve("model.lock.json");
    lock(file);
    CliRun first = run("download", "--locked", file.toString(), "--json");
    assertThat(first.exitCode()).as(first.err()).isZero();
    JsonNode config = null;
    for (JsonNode f : JSON.readTree(first.out()).get("download").get("repos").get(0).get("files")) {
      if (f.get("path").asText().equals("config.json")) {
        config = f;
      }
    }
    Path cached = Path.of(config.get("location").asText()).toRealPath();
    Files.writeString(cached, Files.readString(cached).replace("2048", "4096"));

    CliRun again = run("download", "--locked", file.toString(), "--json");

    assertThat(again.exitCode()).isEqualTo(6);
    JsonNode error = JSON.readTree(again.out()).get("errors").get(0);
    assertThat(error.get("code").asText()).isEqualTo("lock_file_unverified");
    assertThat(error.get("field").asText()).isEqualTo("config.json");
    assertThat(error.get("message").asText()).contains("git blob id");
  }

  @Test
  void givenBothLockOptions_resolve_exits2() {
    CliRun run = run("resolve", REPO, "--lock", "a.json", "--locked", "b.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("give one of them");
  }
}
