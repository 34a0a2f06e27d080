package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.adapter.huggingface.ShardedRepoFixture;
import io.github.modelconfig.app.IsolatedSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resolve --batch} of Hub repos against the fake Hub: order, and requests per repo. */
class HubBatchTest {

  private static final int REPOS = 24;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private FakeHub hub;

  @AfterEach
  void stop() {
    if (hub != null) {
      hub.close();
    }
  }

  @Test
  void givenManyHubRepos_batch_resolvesEachInOrderWithThreeRequestsAndTwoRedirects()
      throws Exception {
    hub = new FakeHub().latency(5);
    Path folder = ShardedRepoFixture.write(dir.resolve("repos/tiny"), 2);
    List<String> ids = IntStream.range(0, REPOS).mapToObj(i -> "org/model-" + i).toList();
    ids.forEach(id -> hub.add(id, folder));
    Path batch = Files.write(dir.resolve("batch.txt"), ids);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Cli.run(
            new String[] {"resolve", "--batch", batch.toString(), "--target", "h100-80gb"},
            IsolatedSettings.of(dir, dir, Map.of("HF_ENDPOINT", hub.endpoint().toString())),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Terminal.plain());
    JsonOutputs.check(out.toString());

    assertThat(code).as(err.toString()).isZero();
    List<String> references = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      JsonNode record = JSON.readTree(line);
      references.add(record.get("reference").asText());
      assertThat(record.get("model").get("parameter_count").asLong()).isEqualTo(2 * 106_816L);
    }
    assertThat(references).containsExactlyElementsOf(ids);
    // per repo: model info, then config.json and generation_config.json, each answered (as the
    // Hub does for small files) by a relative redirect to its resolve-cache route
    Map<String, Long> perRepo =
        hub.requests().stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.replaceAll(".*(org/model-\\d+).*", "$1"), Collectors.counting()));
    assertThat(perRepo).hasSize(REPOS).allSatisfy((repo, n) -> assertThat(n).isEqualTo(5L));
    assertThat(hub.requests()).filteredOn(r -> r.startsWith("GET /api/models/")).hasSize(REPOS);
    assertThat(hub.requests()).noneMatch(r -> r.startsWith("CDN") || r.contains("/tree/"));
  }
}
