package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.adapter.huggingface.GgufWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufOnlyResolveTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path repo;

  @Test
  void givenAGgufOnlyFolderMisnamed_resolve_usesTheHeaderAndWarns() throws Exception {
    // named q4_0, but general.file_type 15 = MOSTLY_Q4_K_M
    GgufWriter.tinyLlama(3, 1_000).write(repo.resolve("tiny-Q4_0.gguf"));

    CliRun run = CliRun.of("resolve", repo.toString(), "--json");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("architecture").get("name").asText()).isEqualTo("LlamaForCausalLM");
    assertThat(root.get("quantization_encoding").asText()).isEqualTo("q4_k");
    assertThat(root.get("warnings").toString())
        .contains("tiny-Q4_0.gguf is named like q4_0 but its header says q4_k");
  }
}
