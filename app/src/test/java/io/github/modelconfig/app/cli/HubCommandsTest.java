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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubCommandsTest {

  static final String REPO = "meta-llama/Tiny-Sharded";

  @TempDir Path dir;
  FakeHub hub;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub();
    Path folder = ShardedRepoFixture.write(dir.resolve("repos/tiny"), 2);
    hub.add(REPO, folder);
    hub.add("meta-llama/Gated", folder);
    hub.gate("meta-llama/Gated");
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  int run(Map<String, String> extraEnv, String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("HF_ENDPOINT", hub.endpoint().toString());
    env.putAll(extraEnv);
    int code =
        Cli.run(
            args,
            IsolatedSettings.of(dir, dir, env),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Terminal.plain());
    JsonOutputs.check(out.toString());
    return code;
  }

  @Test
  void givenHubCountsTheParameters_resolve_readsNoWeightHeader() {
    int code = run(Map.of(), "resolve", REPO, "--json");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("\"" + REPO + "\"");
    // model info, then 2 config files x (307 + 200); a Hub listing's shard index is not read
    assertThat(hub.requests()).hasSize(5);
    assertThat(hub.requests()).noneMatch(r -> r.startsWith("CDN") || r.contains("/tree/"));
  }

  @Test
  void givenHubWithoutParameterCounts_resolve_readsShardHeadersAndAgreesWithTheCounts() {
    run(Map.of(), "resolve", REPO, "--json");
    String fromCounts = out.toString();
    out.getBuffer().setLength(0);
    hub.withoutSafetensorsInInfo();
    hub.clearRequests();

    int code = run(Map.of(), "resolve", REPO, "--json");

    assertThat(code).as(err.toString()).isZero();
    // model info and 2 shards x (302 + CDN range read); the first resolve left the 2 config
    // files in the cache
    assertThat(hub.requests()).hasSize(5);
    assertThat(hub.requests()).noneMatch(r -> r.contains("config.json"));
    // 2 shards x 106,816 tiny-llama parameters
    assertThat(facts(out.toString()))
        .isEqualTo(facts(fromCounts))
        .anyMatch(l -> l.contains("213632"));
  }

  /** The lines that come from the weights (free memory differs between runs). */
  private static java.util.List<String> facts(String json) {
    return json.lines()
        .filter(
            l ->
                l.contains("\"parameter_count\"")
                    || l.contains("\"quantization_encoding\" : \"")
                    || l.contains("\"weights_size\""))
        .toList();
  }

  @Test
  void case69_givenOfflineAndNothingCached_resolve_exitsFiveWithoutAnyRequest() {
    // Difference from MAX: one failure kind (offline, exit 5) instead of a FileNotFoundError from
    // the handle and a ValueError from the access check.
    int code = run(Map.of(), "resolve", REPO, "--offline");

    assertThat(code).isEqualTo(5);
    assertThat(err.toString()).contains("offline mode is on").contains("modelconfig download");
    assertThat(hub.requests()).isEmpty();
  }

  @Test
  void givenDownloadedModel_resolveOffline_usesTheCacheWithoutTheNetwork() {
    assertThat(run(Map.of(), "download", REPO)).as(err.toString()).isZero();
    hub.clearRequests();

    int code = run(Map.of("HF_HUB_OFFLINE", "1"), "resolve", REPO, "--json");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("\"" + REPO + "\"");
    assertThat(hub.requests()).isEmpty();
    Path repo = dir.resolve("hf-home/hub/models--meta-llama--Tiny-Sharded");
    assertThat(repo.resolve("refs/main")).exists();
    assertThat(
            Files.isSymbolicLink(
                repo.resolve("snapshots").toFile().listFiles()[0].toPath().resolve("config.json")))
        .isTrue();
  }

  @Test
  void givenCachedModel_downloadAgain_fetchesNothingUnlessForced() {
    run(Map.of(), "download", REPO);
    hub.clearRequests();

    run(Map.of(), "download", REPO, "--json");
    long cdnAfterReuse = hub.requests().stream().filter(r -> r.startsWith("CDN")).count();
    run(Map.of(), "download", REPO, "--force-download");
    long cdnAfterForce = hub.requests().stream().filter(r -> r.startsWith("CDN")).count();

    assertThat(cdnAfterReuse).isZero();
    assertThat(cdnAfterForce).isPositive();
  }

  @Test
  void givenGatedRepoAnonymously_resolve_exitsFourWithTheLicenceHint() {
    int code = run(Map.of(), "resolve", "meta-llama/Gated");

    assertThat(code).isEqualTo(4);
    assertThat(err.toString()).contains("HF_TOKEN").contains("/meta-llama/Gated");
  }

  @Test
  void givenGatedRepoWithTokenFile_resolve_succeeds() throws IOException {
    Files.createDirectories(dir.resolve("hf-home"));
    Files.writeString(dir.resolve("hf-home/token"), hub.token());

    assertThat(run(Map.of(), "resolve", "meta-llama/Gated", "--json")).as(err.toString()).isZero();
    assertThat(hub.leaks()).isEmpty();
  }

  @Test
  void givenUnknownRepo_resolve_exitsThree() {
    assertThat(run(Map.of(), "resolve", "meta-llama/Nope")).isEqualTo(3);
    assertThat(err.toString()).contains("not found");
  }

  @Test
  void givenDownloadedModel_cacheScan_listsRepoRefsAndSizes() {
    run(Map.of(), "download", REPO);
    out.getBuffer().setLength(0);

    int code = run(Map.of(), "cache", "scan", "--json");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("\"repo_id\" : \"" + REPO + "\"")
        .contains("\"main\"")
        .contains("\"warnings\" : [ ]");
  }
}
