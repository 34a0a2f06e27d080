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
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code download} as resolve-then-fetch against the fake Hub on 127.0.0.1 and a real cache folder:
 * what it fetches, what it refuses, what it repairs, and that {@code resolve --offline} works
 * after.
 */
class DownloadHubTest {

  static final String REPO = "meta-llama/Tiny-Sharded";

  @TempDir Path dir;
  FakeHub hub;
  Path repoFolder;
  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub();
    Path folder = ShardedRepoFixture.write(dir.resolve("repos/tiny"), 2);
    Files.writeString(folder.resolve("tokenizer.json"), "{\"model\":{}}");
    Files.writeString(folder.resolve("README.md"), "# not for a runtime");
    Files.write(folder.resolve("pytorch_model.bin"), new byte[4096]);
    hub.add(REPO, folder);
    repoFolder = dir.resolve("hf-home/hub/models--meta-llama--Tiny-Sharded");
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  int run(String... args) {
    return run(Map.of(), args);
  }

  int run(Map<String, String> extra, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    Map<String, String> env = new HashMap<>();
    env.put("HF_ENDPOINT", hub.endpoint().toString());
    env.put("MODELCONFIG_TARGETS_FILE", dir.resolve("targets.csv").toString());
    env.putAll(extra);
    return Cli.run(
        args,
        IsolatedSettings.of(dir, dir, env),
        new PrintWriter(out, true),
        new PrintWriter(err, true),
        Terminal.plain());
  }

  private List<String> fetched() throws IOException {
    JsonNode json = new ObjectMapper().readTree(out.toString());
    List<String> paths = new ArrayList<>();
    json.get("download")
        .get("repos")
        .get(0)
        .get("files")
        .forEach(f -> paths.add(f.get("path").asText()));
    return paths;
  }

  private Path blobOf(String file) throws IOException {
    try (Stream<Path> snapshots = Files.list(repoFolder.resolve("snapshots"))) {
      return snapshots.findFirst().orElseThrow().resolve(file).toRealPath();
    }
  }

  @Test
  void givenResolveOptions_download_fetchesWhatARuntimeNeedsThenResolvesOffline()
      throws IOException {
    int code = run("download", REPO, "--devices", "cpu", "--max-length", "1024", "--json");

    assertThat(code).as(err.toString()).isZero();
    assertThat(fetched())
        .containsExactly(
            "config.json",
            "generation_config.json",
            "model-00001-of-00002.safetensors",
            "model-00002-of-00002.safetensors",
            "model.safetensors.index.json",
            "tokenizer.json");
    assertThat(out.toString()).contains("\"max_length\" : 1024");
    hub.clearRequests();

    int offline = run("resolve", REPO, "--devices", "cpu", "--max-length", "1024", "--offline");

    assertThat(offline).as(err.toString()).isZero();
    assertThat(hub.requests()).isEmpty();
    assertThat(Files.readString(repoFolder.resolve("refs/main")).strip()).hasSize(40);
    Path config = blobOf("config.json");
    assertThat(config.getParent()).isEqualTo(repoFolder.resolve("blobs").toRealPath());
  }

  @Test
  void givenWhatResolveRefuses_download_exitsTwoAndFetchesNothing() {
    int code = run("download", REPO, "--quantization-encoding", "q4_k", "--devices", "cpu");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("quantization_encoding");
    assertThat(hub.requests()).noneMatch(r -> r.contains(".safetensors"));
    assertThat(repoFolder.resolve("blobs"))
        .satisfiesAnyOf(
            p -> assertThat(p).doesNotExist(),
            p -> assertThat(p.toFile().list()).noneMatch(n -> n.length() == 64));
  }

  @Test
  void givenAMachineTooSmall_download_warnsAndFetches() throws IOException {
    Files.writeString(dir.resolve("targets.csv"), "tiny-gpu, 1\n");

    int code =
        run(
            "download",
            REPO,
            "--target",
            "tiny-gpu:1",
            "--device-memory-utilization",
            "0.5",
            "--json");

    assertThat(code).as(err.toString() + out).isZero();
    assertThat(out.toString()).contains("Does not fit these devices");
    assertThat(fetched()).contains("model-00001-of-00002.safetensors");
  }

  @Test
  void givenATruncatedBlob_downloadAgain_fetchesItAgainAndSaysSo() throws IOException {
    run("download", REPO, "--devices", "cpu");
    Path shard = blobOf("model-00002-of-00002.safetensors");
    long size = Files.size(shard);
    try (FileChannel ch = FileChannel.open(shard, StandardOpenOption.WRITE)) {
      ch.truncate(size / 2);
    }
    hub.clearRequests();

    int code = run("download", REPO, "--devices", "cpu");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains(
            "fetched again: the cached copy was " + size / 2 + " bytes, the Hub lists " + size);
    assertThat(Files.size(shard)).isEqualTo(size);
    assertThat(hub.requests()).anyMatch(r -> r.startsWith("CDN"));
  }

  @Test
  void givenAlteredBytesOfTheRightSize_downloadVerify_fetchesThemAgain() throws IOException {
    run("download", REPO, "--devices", "cpu");
    Path shard = blobOf("model-00001-of-00002.safetensors");
    Path config = blobOf("config.json");
    byte[] original = Files.readAllBytes(shard);
    byte[] altered = original.clone();
    altered[altered.length - 1] ^= 1;
    Files.write(shard, altered);
    Files.writeString(config, Files.readString(config).replace("llama", "LLAMA"));

    run("download", REPO, "--devices", "cpu");
    assertThat(out.toString()).doesNotContain("fetched again");

    int code = run("download", REPO, "--devices", "cpu", "--verify");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("model-00001-of-00002.safetensors")
        .contains("fetched again: the cached copy's sha256 was")
        .contains("fetched again: the cached copy's git blob id was");
    assertThat(Files.readAllBytes(shard)).isEqualTo(original);
  }

  @Test
  void givenATruncatedShardInTheCache_cacheScan_warnsWithItsSizes() throws IOException {
    run("download", REPO, "--devices", "cpu");
    Path shard = blobOf("model-00001-of-00002.safetensors");
    long size = Files.size(shard);
    try (FileChannel ch = FileChannel.open(shard, StandardOpenOption.WRITE)) {
      ch.truncate(size - 100);
    }
    Files.write(shard.resolveSibling("0123.incomplete"), new byte[10]);

    int code = run("cache", "scan", "--json");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains(
            "model-00001-of-00002.safetensors is "
                + (size - 100)
                + " bytes, its header needs "
                + size
                + ": the cached copy is truncated")
        .contains("Partial download (10 bytes)");
  }

  @Test
  void givenAHubRepoAndOneOfItsFiles_inspect_readsTheirHeadersWithRangeReads() {
    int code = run("inspect", REPO, "--json");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("model-00002-of-00002.safetensors").contains("float32");
    assertThat(hub.requests()).anyMatch(r -> r.startsWith("CDN"));

    int one = run("inspect", REPO + "/model-00001-of-00002.safetensors");

    assertThat(one).as(err.toString()).isZero();
    assertThat(out.toString()).contains("model-00001-of-00002.safetensors");
    assertThat(repoFolder.resolve("blobs"))
        .as("inspect downloads no weights")
        .satisfiesAnyOf(
            p -> assertThat(p).doesNotExist(),
            p -> assertThat(p.toFile().list()).noneMatch(n -> n.length() == 64));
  }

  @Test
  void givenADownloadedRepo_inspectOffline_readsTheCache() {
    run("download", REPO, "--devices", "cpu");
    hub.clearRequests();
    Map<String, String> offline = Map.of("HF_HUB_OFFLINE", "1");

    int code = run(offline, "inspect", REPO);

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("model-00001-of-00002.safetensors");
    assertThat(hub.requests()).isEmpty();
  }

  @Test
  void givenADraftModel_download_fetchesBothRepos() throws IOException {
    hub.add("org/Tiny-Draft", ShardedRepoFixture.write(dir.resolve("repos/draft"), 1));

    int code =
        run("download", REPO, "--draft-model-path", "org/Tiny-Draft", "--devices", "cpu", "--json");

    assertThat(code).as(err.toString()).isZero();
    JsonNode repos = new ObjectMapper().readTree(out.toString()).get("download").get("repos");
    assertThat(repos.get(0).get("repo_id").asText()).isEqualTo(REPO);
    assertThat(repos.get(1).get("repo_id").asText()).isEqualTo("org/Tiny-Draft");
    assertThat(repos.get(1).get("files").toString()).contains("-of-00001.safetensors");
    assertThat(dir.resolve("hf-home/hub/models--org--Tiny-Draft/refs/main")).exists();
  }

  @Test
  void givenAConfigAlteredInTheCache_resolve_readsTheHubsAgain() throws IOException {
    run("resolve", REPO, "--devices", "cpu");
    Path config = blobOf("config.json");
    Files.writeString(config, Files.readString(config).replace("llama", "LLAMA"));
    hub.clearRequests();

    int code = run("resolve", REPO, "--devices", "cpu");

    assertThat(code).as(err.toString()).isZero();
    assertThat(hub.requests()).anyMatch(r -> r.contains("config.json"));
  }
}
