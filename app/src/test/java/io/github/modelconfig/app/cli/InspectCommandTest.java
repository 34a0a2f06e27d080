package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.adapter.huggingface.GgufWriter;
import io.github.modelconfig.adapter.huggingface.SafetensorsWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path repo;

  @Test
  void givenAGgufFile_inspectJson_reportsHeaderAndSkipsTheVocabulary() throws Exception {
    Path file = GgufWriter.tinyLlama(3, 150_000).write(repo.resolve("tiny-Q4_K_M.gguf"));

    CliRun run = CliRun.of("inspect", file.toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("format").asText()).isEqualTo("gguf");
    JsonNode f = root.get("files").get(0);
    assertThat(f.get("path").asText()).isEqualTo("tiny-Q4_K_M.gguf");
    assertThat(f.get("tensor_count").asInt()).isEqualTo(3);
    // 512*512 Q4_K + 512 F32 + 512*512 Q6_K
    assertThat(f.get("total_parameters").asLong()).isEqualTo(524_800L);
    assertThat(f.get("encoding").asText()).isEqualTo("q4_k");
    JsonNode gguf = f.get("gguf");
    assertThat(gguf.get("version").asInt()).isEqualTo(3);
    assertThat(gguf.get("architecture").asText()).isEqualTo("llama");
    assertThat(gguf.get("file_type").asText()).isEqualTo("MOSTLY_Q4_K_M");
    assertThat(gguf.get("metadata").get("llama.block_count").asLong()).isEqualTo(2);
    assertThat(gguf.get("metadata").has("tokenizer.ggml.tokens")).isFalse();
    assertThat(gguf.get("arrays").get("tokenizer.ggml.tokens").get("count").asLong())
        .isEqualTo(150_000);
    assertThat(root.get("encoding").asText()).isEqualTo("q4_k");
  }

  @Test
  void givenA140GbShardedRepo_inspect_readsOnlyHeaders() throws Exception {
    // two sparse shards of 35e9 BF16 elements = 70e9 bytes each, 140 GB in all
    new SafetensorsWriter(Map.of("format", "pt"))
        .add("model.a.weight", "BF16", 2, 35_000_000_000L)
        .writeSparse(repo.resolve("model-00001-of-00002.safetensors"));
    new SafetensorsWriter(Map.of("format", "pt"))
        .add("model.b.weight", "BF16", 2, 35_000_000_000L)
        .writeSparse(repo.resolve("model-00002-of-00002.safetensors"));
    Files.writeString(
        repo.resolve("model.safetensors.index.json"),
        "{\"metadata\":{\"total_size\":140000000000},\"weight_map\":{"
            + "\"model.a.weight\":\"model-00001-of-00002.safetensors\","
            + "\"model.b.weight\":\"model-00002-of-00002.safetensors\"}}");

    CliRun json = CliRun.of("inspect", repo.toString(), "--json");
    CliRun human = CliRun.of("inspect", repo.toString());

    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode root = JSON.readTree(json.out());
    assertThat(root.get("format").asText()).isEqualTo("safetensors");
    assertThat(root.get("total_parameters").asLong()).isEqualTo(70_000_000_000L);
    assertThat(root.get("encoding").asText()).isEqualTo("bfloat16");
    assertThat(root.get("indexes").get(0).get("shards")).hasSize(2);
    assertThat(root.get("warnings")).isEmpty();
    assertThat(human.out()).contains("70,000,000,000 parameters", "bfloat16");
  }

  @Test
  void givenAnIndexWithAMissingShardAndWrongTotal_inspect_warns() throws Exception {
    // 4 F32 elements = 16 bytes of tensor data
    new SafetensorsWriter(Map.of())
        .add("a", "F32", 4, 4)
        .writeSparse(repo.resolve("model-00001-of-00002.safetensors"));
    Files.writeString(
        repo.resolve("model.safetensors.index.json"),
        "{\"metadata\":{\"total_size\":99},\"weight_map\":{"
            + "\"a\":\"model-00001-of-00002.safetensors\","
            + "\"b\":\"model-00002-of-00002.safetensors\"}}");

    CliRun run = CliRun.of("inspect", repo.toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.out()).get("warnings").toString())
        .contains("lists shard model-00002-of-00002.safetensors, which is not in the repo");
  }

  @Test
  void givenAWrongTotalSize_inspect_warns() throws Exception {
    new SafetensorsWriter(Map.of())
        .add("a", "F32", 4, 4)
        .writeSparse(repo.resolve("model-00001-of-00001.safetensors"));
    Files.writeString(
        repo.resolve("model.safetensors.index.json"),
        "{\"metadata\":{\"total_size\":99},\"weight_map\":{"
            + "\"a\":\"model-00001-of-00001.safetensors\"}}");

    CliRun run = CliRun.of("inspect", repo.toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.out()).get("warnings").toString())
        .contains("declares total_size 99 but its shards hold 16 bytes");
  }

  @Test
  void givenAnIndexEscapingTheRepo_inspect_failsWithInvalidWeightMap() throws Exception {
    Files.writeString(
        repo.resolve("model.safetensors.index.json"),
        "{\"weight_map\":{\"x\":\"../../etc/passwd\"}}");

    CliRun run = CliRun.of("inspect", repo.toString(), "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.out() + run.err()).contains("invalid_weight_map", "outside the repo");
  }

  @Test
  void givenACorruptGguf_inspect_failsNamingTheFile() throws Exception {
    Files.write(
        repo.resolve("bad.gguf"),
        new byte[] {'G', 'G', 'U', 'F', 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});

    CliRun run = CliRun.of("inspect", repo.toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.out() + run.err()).contains("bad.gguf", "GGUF version 9");
  }
}
