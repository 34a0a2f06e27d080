package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.adapter.huggingface.HostileReplies;
import io.github.modelconfig.adapter.huggingface.ShardedRepoFixture;
import io.github.modelconfig.app.IsolatedSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against a hostile Hub: each command ends within the test's own bound with exit 5, a
 * message saying what the server did, and no file of the model visible in the cache.
 */
class HostileHubCommandsTest {

  static final String REPO = "meta-llama/Tiny-Sharded";
  static final String INFO = "/api/models/" + REPO;
  static final Duration BOUND = Duration.ofSeconds(45);

  @TempDir Path dir;
  FakeHub hub;
  Path folder;
  final HostileReplies hostile = new HostileReplies();
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub();
    folder = ShardedRepoFixture.write(dir.resolve("repos/tiny"), 2);
    hub.add(REPO, folder);
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  /** Runs with one-second timeouts (a request ends within three seconds, retries included). */
  int runAt(String endpoint, String... args) {
    return runTimed(endpoint, "1", args);
  }

  /** Runs with {@code timeout} seconds for both Hub timeouts. */
  int runTimed(String endpoint, String timeout, String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("HF_ENDPOINT", endpoint);
    env.put("HF_HUB_ETAG_TIMEOUT", timeout);
    env.put("HF_HUB_DOWNLOAD_TIMEOUT", timeout);
    return assertTimeoutPreemptively(
        BOUND,
        () ->
            Cli.run(
                args,
                IsolatedSettings.of(dir, dir, env),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                Terminal.plain()));
  }

  int run(String... args) {
    return runAt(hub.endpoint().toString(), args);
  }

  @Test
  void givenModelInfoStallingAfterHeaders_resolve_exitsFiveNamingTheTimeout() throws IOException {
    hub.takeOver(INFO, hostile.stallAfterHeaders());

    int code = run("resolve", REPO);

    assertThat(code).isEqualTo(5);
    assertThat(err.toString())
        .contains("Timed out: " + hub.endpoint() + " sent nothing for 1 s (HF_HUB_ETAG_TIMEOUT)")
        .doesNotContain("Exception");
    assertThat(cachedFiles()).isEmpty();
  }

  @Test
  void givenTwoGigabyteModelInfo_resolve_exitsFiveAtTheLimit() throws IOException {
    hub.takeOver(INFO, hostile.endlessModelInfo(2L << 30));

    // the default timeouts: 32 MiB may take more than 3 s on a loaded host
    int code = runTimed(hub.endpoint().toString(), "10", "resolve", REPO, "--json");

    assertThat(code).isEqualTo(5);
    assertThat(out + err.toString())
        .contains("longer than 33,554,432 bytes")
        .contains("the server is at fault");
    assertThat(cachedFiles()).isEmpty();
  }

  @Test
  void givenBlobIdThatEscapes_download_exitsFiveBlamingTheServer() throws IOException {
    hub.takeOver(
        INFO,
        HostileReplies.json(
            "{\"id\":\""
                + REPO
                + "\",\"sha\":\""
                + "c".repeat(40)
                + "\",\"siblings\":[{\"rfilename\":\"config.json\",\"blobId\":\"../../x\","
                + "\"size\":10}]}"));

    int code = run("download", REPO);

    assertThat(code).isEqualTo(5);
    assertThat(err.toString())
        .contains("the blob id '../../x', which is not a git or sha256 hash")
        .contains("the server is at fault")
        .doesNotContain("bug");
    assertThat(cachedFiles()).isEmpty();
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void givenCdnIgnoringRange_download_exitsFiveSayingWhatTheServerDid() throws IOException {
    // a 20 MB weight file: its second 8 MiB chunk lies past what a 200 reply may be read for
    Path big = Files.createDirectories(dir.resolve("repos/big"));
    Files.writeString(big.resolve("config.json"), ShardedRepoFixture.CONFIG);
    try (var file =
        java.nio.channels.FileChannel.open(
            big.resolve("model.safetensors"),
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      // a valid header (96 bytes: one F32 tensor of 4,999,974 values = 19,999,896 bytes), so
      // that the resolution before the fetch reads it
      String header =
          String.format(
              "%-96s",
              "{\"w\":{\"dtype\":\"F32\",\"shape\":[4999974]," + "\"data_offsets\":[0,19999896]}}");
      java.nio.ByteBuffer head =
          java.nio.ByteBuffer.allocate(8 + 96).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      head.putLong(96).put(header.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).flip();
      file.write(head, 0);
      file.write(java.nio.ByteBuffer.wrap(new byte[] {1}), 20_000_000L - 1);
    }
    hub.add("meta-llama/Big", big);
    hub.takeOver("/cdn/", hostile.wholeFile(big.resolve("model.safetensors"), 20_000_000L));

    // the default timeouts: only the CDN misbehaves here
    int code = runTimed(hub.endpoint().toString(), "10", "download", "meta-llama/Big");

    assertThat(code).as(err.toString()).isEqualTo(5);
    assertThat(err.toString())
        .contains("ignored the Range request for bytes 8388608-")
        .contains("200 instead of 206");
    assertThat(cachedFiles())
        .noneMatch(p -> p.getFileName().toString().equals("model.safetensors"));
  }

  @Test
  void givenCredentialsInTheEndpoint_resolve_neverPrintsThem() {
    String secret = "http://user:SECRET@127.0.0.1:" + hub.endpoint().getPort();
    String refused = IsolatedSettings.CLOSED_ENDPOINT.replace("http://", "http://user:SECRET@");

    int missing = runAt(secret, "resolve", "meta-llama/Nope");
    int unreachable = runAt(refused, "resolve", REPO, "--json");

    assertThat(missing).isEqualTo(3);
    assertThat(unreachable).isEqualTo(5);
    assertThat(out + err.toString()).doesNotContain("SECRET").doesNotContain("user:");
  }

  @Test
  void givenNothingListening_resolve_exitsFiveWithoutRetrying() {
    int code = runAt(IsolatedSettings.CLOSED_ENDPOINT, "resolve", REPO);

    assertThat(code).isEqualTo(5);
    assertThat(err.toString()).contains("(connection refused)");
  }

  /** Regular files of the shared cache (blobs, snapshots, partial downloads). */
  private List<Path> cachedFiles() throws IOException {
    Path cache = dir.resolve("hf-home/hub");
    if (!Files.exists(cache)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(cache)) {
      return all.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p)).toList();
    }
  }
}
