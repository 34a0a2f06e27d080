package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resolve --batch FILE} resolving the bundled example for real, in one process. */
class ResolveBatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path file(String... lines) throws Exception {
    return Files.write(dir.resolve("batch.txt"), List.of(lines));
  }

  private static List<JsonNode> records(CliRun run) throws Exception {
    List<JsonNode> records = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      records.add(JSON.readTree(line));
    }
    return records;
  }

  @Test
  void givenOptionLines_batch_printsForEachWhatResolveJsonPrintsUnderLineAndReference()
      throws Exception {
    Path batch = file("examples/tiny-llama", "examples/tiny-llama --max-length 64 --offline");

    // a target pins the devices: host memory would differ between the runs compared
    CliRun run = CliRun.of("resolve", "--batch", batch.toString(), "--target", "h100-80gb");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> records = records(run);
    assertThat(records).hasSize(2);
    List<String> keys = new ArrayList<>(List.of("$schema", "line", "reference"));
    keys.addAll(ResolveCommandTest.TOP_LEVEL_KEYS);
    assertThat(records.get(0).fieldNames()).toIterable().containsExactlyElementsOf(keys);
    assertThat(withoutBatchKeys(records.get(0)))
        .isEqualTo(
            JSON.readTree(
                CliRun.of("resolve", "examples/tiny-llama", "--target", "h100-80gb", "--json")
                    .out()));
    assertThat(withoutBatchKeys(records.get(1)))
        .isEqualTo(
            JSON.readTree(
                CliRun.of(
                        "resolve",
                        "examples/tiny-llama",
                        "--max-length",
                        "64",
                        "--offline",
                        "--target",
                        "h100-80gb",
                        "--json")
                    .out()));
    assertThat(records.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(records.get(1).get("reference").asText()).isEqualTo("examples/tiny-llama");
    assertThat(run.err())
        .startsWith("modelconfig: 2 lines: 2 resolved, 0 invalid, 0 unavailable (");
  }

  @Test
  void givenAJsonLineWithMaxNames_batch_resolvesItWithTheLineAsTheSettingsProvenance()
      throws Exception {
    Path batch =
        file(
            "{\"model_path\": \"examples/tiny-llama\", \"max_length\": 64,"
                + " \"kv_cache_config\": {\"enable_prefix_caching\": false}}");

    CliRun run = CliRun.of("resolve", "--batch", batch.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode record = records(run).get(0);
    assertThat(record.get("max_length").asInt()).isEqualTo(64);
    assertThat(record.get("kv_cache").get("enable_prefix_caching").asBoolean()).isFalse();
    assertThat(record.get("provenance").get("max_length").toString())
        .isEqualTo("{\"source\":\"user\",\"detail\":\"line 1: max_length\"}");
  }

  @Test
  void givenAnUnknownFieldInAJsonLine_batch_reportsItAsResolveReportsAnUnknownKey()
      throws Exception {
    Path batch = file("{\"model_path\": \"examples/tiny-llama\", \"max_lenght\": 64}");

    CliRun run = CliRun.of("resolve", "--batch", batch.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode error = records(run).get(0).get("errors").get(0);
    assertThat(error.get("code").asText()).isEqualTo("unknown_key");
    assertThat(error.get("message").asText()).contains("max_lenght").contains("max_length");
  }

  private static JsonNode withoutBatchKeys(JsonNode record) {
    ObjectNode copy = record.deepCopy();
    copy.remove("line");
    copy.remove("reference");
    return copy;
  }
}
