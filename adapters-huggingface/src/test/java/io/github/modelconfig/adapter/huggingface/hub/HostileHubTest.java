package io.github.modelconfig.adapter.huggingface.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.adapter.huggingface.HostileReplies;
import io.github.modelconfig.adapter.huggingface.ShardedRepoFixture;
import io.github.modelconfig.adapter.huggingface.format.HuggingFaceFormats;
import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hub client against a server that misbehaves: every case ends within its own timeout, with a
 * failure that says what the server did, and never reads more than it needs.
 */
class HostileHubTest {

  static final String REPO = "org/tiny";
  static final String INFO = "/api/models/" + REPO;
  static final Duration BOUND = Duration.ofSeconds(20);

  @TempDir Path dir;
  FakeHub hub;
  Path folder;
  final HostileReplies hostile = new HostileReplies();
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub();
    folder = ShardedRepoFixture.write(dir.resolve("repo"), 1);
    hub.add(REPO, folder);
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  /** One-second timeouts: a request ends within three seconds, retries included. */
  HubSettings settings() {
    return HubSettings.of(hub.endpoint(), Option.none(), false)
        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))
        .withRetries(5, Duration.ofMillis(50), Duration.ofMillis(100));
  }

  Either<RepositoryFailure, Option<ModelFiles>> find(HubSettings settings) {
    return new HubModelRepository(settings, () -> new HubApi(new HubHttp(settings, waits::add)))
        .find(new ModelReference(REPO, new Revision("main")));
  }

  @Test
  void givenHeadersThenSilence_find_timesOutNamingTheTimeout() {
    hub.takeOver(INFO, hostile.stallAfterHeaders());

    RepositoryFailure failure = assertTimeoutPreemptively(BOUND, () -> find(settings()).getLeft());

    assertThat(failure).isInstanceOf(RepositoryFailure.Transport.class);
    assertThat(failure.message())
        .startsWith("Timed out: " + origin() + " sent nothing for 1 s (HF_HUB_ETAG_TIMEOUT)")
        .contains("repo 'org/tiny'");
    assertThat(failure.hint()).contains("HF_HUB_ETAG_TIMEOUT");
  }

  @Test
  void givenTrickledBody_find_endsAtTheDeadline() {
    // a byte every 200 ms never trips the 1 s per-read timeout: only the deadline ends it
    hub.takeOver(INFO, hostile.trickle(200));

    RepositoryFailure failure = assertTimeoutPreemptively(BOUND, () -> find(settings()).getLeft());

    assertThat(failure.message())
        .startsWith("Timed out: " + origin() + " did not finish answering for repo 'org/tiny'")
        .contains("(1 attempt, ");
    assertThat(hostile.written()).isBetween(5L, 20L);
  }

  @Test
  void givenAcceptThenSilence_find_retriesWithinTheDeadlineOnly() {
    hub.takeOver(INFO, hostile.silence());

    RepositoryFailure failure = assertTimeoutPreemptively(BOUND, () -> find(settings()).getLeft());

    assertThat(failure).isInstanceOf(RepositoryFailure.Transport.class);
    assertThat(failure.message()).contains("sent nothing for 1 s");
    // 3 s deadline, 1 s per attempt, 50-100 ms waits: two or three attempts, never six
    assertThat(waits).hasSizeBetween(1, 2);
  }

  @Test
  void givenUnknownHost_find_failsAtOnceWithoutRetries() {
    HubSettings settings =
        HubSettings.of(java.net.URI.create("http://no-such-host.invalid"), Option.none(), false);

    RepositoryFailure failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(40),
            () ->
                new HubModelRepository(
                        settings, () -> new HubApi(new HubHttp(settings, waits::add)))
                    .find(new ModelReference(REPO, new Revision("main")))
                    .getLeft());

    assertThat(failure).isInstanceOf(RepositoryFailure.Offline.class);
    assertThat(failure.message()).contains("http://no-such-host.invalid");
    assertThat(waits).isEmpty();
  }

  @Test
  void givenServerIgnoringRange_headerRead_readsOnlyTheHeaderAndCloses() {
    // the default timeouts: only the CDN misbehaves here
    ModelFiles files = find(HubSettings.of(hub.endpoint(), Option.none(), false)).get().get();
    String shard = ShardedRepoFixture.shardName(1, 1);
    hub.takeOver("/cdn/", hostile.wholeFile(folder.resolve(shard), 200_000_000L));

    var header =
        assertTimeoutPreemptively(
            BOUND,
            () -> HuggingFaceFormats.weightsInspector().safetensors(files.open(shard).get()));

    assertThat(header.get().totalParameters()).isEqualTo(106_816);
    // 16 KiB kept; what else was written sat in socket buffers when the client closed
    assertThat(hostile.written()).isLessThan(16L << 20);
  }

  @Test
  void givenServerIgnoringRange_farRead_failsSayingWhatTheServerDid() {
    HubApi api =
        new HubApi(new HubHttp(HubSettings.of(hub.endpoint(), Option.none(), false), waits::add));
    var target = api.target(RepoId.parse(REPO).get(), new Revision("main"), "big.bin");
    hub.takeOver("/cdn/", hostile.wholeFile(folder.resolve("config.json"), 200_000_000L));
    ByteSource big =
        new HubByteSource(
            api, java.net.URI.create(hub.cdnEndpoint() + "/x"), "big.bin", 200_000_000L, target);

    RepositoryFailure failure =
        assertTimeoutPreemptively(BOUND, () -> big.read(150_000_000L, 8).getLeft());

    assertThat(failure.message())
        .startsWith(
            "The server at "
                + hub.cdnEndpoint()
                + " ignored the Range request for bytes"
                + " 150000000-150000007 of big.bin and sent the whole file (200 instead of 206)");
    assertThat(hostile.written()).isLessThan(16L << 20);
  }

  @Test
  void givenTwoGigabyteModelInfo_find_stopsAtTheLimit() {
    hub.takeOver(INFO, hostile.endlessModelInfo(2L << 30));
    // a 1 MiB limit: the 32 MiB default is read by the CLI test
    HubSettings settings = settings().withLimits(8, 1 << 20);

    RepositoryFailure failure = assertTimeoutPreemptively(BOUND, () -> find(settings).getLeft());

    assertThat(failure).isInstanceOf(RepositoryFailure.Transport.class);
    assertThat(failure.message())
        .isEqualTo(
            "The server at "
                + origin()
                + " sent a model info for repo 'org/tiny' longer than 1,048,576 bytes;"
                + " modelconfig stopped reading it. A Hugging Face Hub never sends one that"
                + " large: the server is at fault.");
    assertThat(hostile.written()).isLessThan(16L << 20);
  }

  @Test
  void givenBlobIdThatEscapes_find_blamesTheServer() {
    hub.takeOver(
        INFO,
        HostileReplies.json(
            "{\"id\":\"org/tiny\",\"sha\":\""
                + "b".repeat(40)
                + "\",\"siblings\":[{\"rfilename\":\"config.json\",\"blobId\":\"../../x\","
                + "\"size\":10}]}"));

    RepositoryFailure failure = assertTimeoutPreemptively(BOUND, () -> find(settings()).getLeft());

    assertThat(failure).isInstanceOf(RepositoryFailure.Transport.class);
    assertThat(failure.message())
        .isEqualTo(
            "The server at "
                + origin()
                + " gave 'config.json' in 'org/tiny' the blob id '../../x', which is not a git or"
                + " sha256 hash; a Hugging Face Hub never does: the server is at fault, nothing"
                + " was written.");
  }

  @Test
  void givenListingThatNeverEnds_find_stopsAtThePageLimit() {
    hub.withoutBlobsInInfo();
    hub.takeOver(
        INFO + "/tree/",
        ex -> {
          ex.getResponseHeaders()
              .set("Link", "<" + hub.endpoint() + ex.getRequestURI() + ">; rel=\"next\"");
          HostileReplies.json("[]").handle(ex);
        });

    RepositoryFailure failure =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> find(settings()).getLeft());

    // 1000 pages, or fewer when the 30 s of ten request deadlines ran out first (a loaded host)
    assertThat(failure.message())
        .startsWith("The server at " + origin() + " did not finish listing repo 'org/tiny' (")
        .endsWith(
            " pages, 0 files; the limits are 1000 pages, 200000 files and 10 request deadlines).");
  }

  @Test
  void givenCredentialsInTheEndpoint_noMessageShowsThem() {
    String withSecret = "http://user:SECRET@127.0.0.1:" + hub.endpoint().getPort();
    HubSettings settings =
        HubSettings.of(java.net.URI.create(withSecret), Option.none(), false)
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
    hub.takeOver(INFO, hostile.stallAfterHeaders());

    RepositoryFailure timedOut = assertTimeoutPreemptively(BOUND, () -> find(settings).getLeft());
    RepositoryFailure missing =
        new HubModelRepository(settings, () -> new HubApi(new HubHttp(settings, waits::add)))
            .find(new ModelReference("org/none", new Revision("main")))
            .getLeft();

    for (RepositoryFailure f : List.of(timedOut, missing)) {
      assertThat(f.message() + f.hint()).doesNotContain("SECRET").doesNotContain("user:");
    }
    assertThat(missing.message()).contains("http://***@127.0.0.1:" + hub.endpoint().getPort());
    assertThat(settings.toString()).doesNotContain("SECRET");
  }

  private String origin() {
    return hub.endpoint().toString();
  }
}
