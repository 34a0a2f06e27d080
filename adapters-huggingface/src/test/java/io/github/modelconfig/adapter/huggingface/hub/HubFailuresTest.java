package io.github.modelconfig.adapter.huggingface.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.adapter.huggingface.FakeHubRepo;
import io.github.modelconfig.adapter.huggingface.ShardedRepoFixture;
import io.github.modelconfig.adapter.huggingface.format.HuggingFaceFormats;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HubFailuresTest {

  static final String REPO = "org/tiny";
  static final String GATED = "org/gated";

  @TempDir Path dir;
  FakeHub hub;
  FakeHubRepo repo;
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub();
    Path folder = ShardedRepoFixture.write(dir.resolve("repo"), 1);
    repo = hub.add(REPO, folder);
    hub.add(GATED, folder);
    hub.gate(GATED);
    hub.add("org/disabled", folder);
    hub.disable("org/disabled");
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  Either<RepositoryFailure, Option<ModelFiles>> find(
      HubSettings settings, String id, String revision) {
    return new HubModelRepository(settings, () -> new HubApi(new HubHttp(settings, waits::add)))
        .find(new ModelReference(id, new Revision(revision)));
  }

  Either<RepositoryFailure, Option<ModelFiles>> find(
      Option<String> token, String id, String revision) {
    return find(HubSettings.of(hub.endpoint(), token, false), id, revision);
  }

  record Case(String name, String id, String revision, Option<String> token, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> errorCases() {
    return Stream.of(
            new Case(
                "missing repo, anonymous 401",
                "org/none",
                "main",
                Option.none(),
                "NotFound[what=REPO"),
            new Case(
                "missing repo, logged in 404",
                "org/none",
                "main",
                Option.of("hf_test_token"),
                "NotFound[what=REPO"),
            new Case(
                "case70 gated, anonymous 401",
                GATED,
                "main",
                Option.none(),
                "Unauthorized[message=Repo 'org/gated' is gated and you are not logged in"),
            new Case(
                "gated, token not approved 403",
                GATED,
                "main",
                Option.of("hf_other"),
                "Unauthorized[message=Repo 'org/gated' is gated and your token"),
            new Case(
                "bad token",
                REPO,
                "main",
                Option.of("hf_wrong"),
                "Unauthorized[message=The Hub refused your token"),
            new Case(
                "case70 revision not found", REPO, "v9", Option.none(), "NotFound[what=REVISION"),
            new Case(
                "disabled repo",
                "org/disabled",
                "main",
                Option.none(),
                "NotFound[what=REPO, message=Repo 'org/disabled' has been disabled"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorCases")
  void givenHubError_find_mapsToTheFailureTheHubMeans(Case c) {
    RepositoryFailure failure = find(c.token(), c.id(), c.revision()).getLeft();

    assertThat(failure.toString()).startsWith(c.expected());
    assertThat(failure.hint()).isNotBlank();
    assertThat(waits).isEmpty();
  }

  @Test
  void givenGatedRepoAndApprovedToken_find_succeeds() {
    assertThat(find(Option.of(hub.token()), GATED, "main").get()).isNotEmpty();
  }

  @Test
  void givenGatedHint_failure_pointsAtTheLicencePage() {
    RepositoryFailure failure = find(Option.none(), GATED, "main").getLeft();

    assertThat(failure.hint()).contains("HF_TOKEN").contains(hub.endpoint() + "/" + GATED);
  }

  @Test
  void givenMissingFile_read_failsWithFileNotFound() {
    ModelFiles files = find(Option.none(), REPO, "main").get().get();

    RepositoryFailure failure = files.read("tokenizer.json", 1000).getLeft();

    assertThat(failure).isInstanceOf(RepositoryFailure.NotFound.class);
    assertThat(((RepositoryFailure.NotFound) failure).what())
        .isEqualTo(RepositoryFailure.Missing.FILE);
  }

  @Test
  void given429WithRetryAfter_find_waitsThatLongPlusOneSecondThenSucceeds() {
    hub.fault(new FakeHub.Fault("/api/models", 429, Map.of("Retry-After", "2"), 0));

    assertThat(find(Option.none(), REPO, "main").get()).isNotEmpty();
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void given429WithExhaustedRateLimit_find_waitsUntilTheWindowResets() {
    hub.fault(
        new FakeHub.Fault(
            "/api/models", 429, Map.of("RateLimit", "\"api\";r=0;t=4", "Retry-After", "9"), 0));

    assertThat(find(Option.none(), REPO, "main").get()).isNotEmpty();
    assertThat(waits).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void given429WithLongReset_find_givesUpAtOnceAsRateLimited() {
    hub.fault(new FakeHub.Fault("/api/models", 429, Map.of("Retry-After", "3600"), 0));

    assertThat(find(Option.none(), REPO, "main").getLeft())
        .isInstanceOf(RepositoryFailure.RateLimited.class);
    assertThat(waits).isEmpty();
  }

  @Test
  void givenTwo500s_find_retriesWithBoundedJitteredBackoff() {
    repeat(2, i -> hub.fault(new FakeHub.Fault("/api/models", 500, Map.of(), 0)));

    assertThat(find(Option.none(), REPO, "main").get()).isNotEmpty();
    // backoff 1 s then 2 s, each jittered over its upper half
    assertThat(waits).hasSize(2);
    assertThat(waits.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(waits.get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void givenPersistent503_find_stopsAfterFiveRetriesAsTransport() {
    repeat(10, i -> hub.fault(new FakeHub.Fault("/api/models", 503, Map.of(), 0)));

    RepositoryFailure failure = find(Option.none(), REPO, "main").getLeft();

    assertThat(failure).isInstanceOf(RepositoryFailure.Transport.class);
    assertThat(failure.message()).contains("503");
    assertThat(waits).hasSize(5).allMatch(w -> w.compareTo(Duration.ofSeconds(8)) <= 0);
  }

  @Test
  void givenSlowReply_find_timesOutAndReportsTransport() {
    hub.fault(new FakeHub.Fault("/api/models", -1, Map.of(), 2_000));
    HubSettings settings =
        HubSettings.of(hub.endpoint(), Option.none(), false)
            .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200))
            .withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1));

    RepositoryFailure failure = find(settings, REPO, "main").getLeft();

    assertThat(failure).isInstanceOf(RepositoryFailure.Transport.class);
    assertThat(failure.message()).contains("Timed out");
  }

  @Test
  void givenTruncatedReply_find_retriesAndSucceeds() {
    hub.fault(new FakeHub.Fault("/api/models", 0, Map.of(), 0));

    assertThat(find(Option.none(), REPO, "main").get()).isNotEmpty();
    assertThat(waits).hasSize(1);
  }

  @Test
  void givenTruncatedCdnReply_headerRead_retriesTheRange() {
    ModelFiles files = find(Option.none(), REPO, "main").get().get();
    hub.fault(new FakeHub.Fault("/cdn/", 0, Map.of(), 0));

    var header =
        HuggingFaceFormats.weightsInspector()
            .safetensors(files.open(ShardedRepoFixture.shardName(1, 1)).get());

    assertThat(header.get().totalParameters()).isEqualTo(106_816);
    assertThat(waits).hasSize(1);
  }

  @Test
  void givenNothingListening_find_reportsOffline() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    HubSettings settings =
        HubSettings.of(URI.create("http://127.0.0.1:" + port), Option.none(), false)
            .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1));

    RepositoryFailure failure = find(settings, REPO, "main").getLeft();

    // a refused connection is not retried: the host is unreachable, not overloaded
    assertThat(failure).isInstanceOf(RepositoryFailure.Offline.class);
    assertThat(failure.message())
        .isEqualTo("Cannot connect to http://127.0.0.1:" + port + " (connection refused).");
    assertThat(waits).isEmpty();
  }

  @Test
  void givenToken_settings_neverPrintIt() {
    assertThat(HubSettings.of(hub.endpoint(), Option.of("hf_secret"), false).toString())
        .doesNotContain("hf_secret");
  }

  private static void repeat(int times, Consumer<Integer> action) {
    for (int i = 0; i < times; i++) {
      action.accept(i);
    }
  }
}
