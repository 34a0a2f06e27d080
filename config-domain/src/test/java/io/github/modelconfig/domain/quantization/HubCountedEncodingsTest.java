package io.github.modelconfig.domain.quantization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.SnapshotBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Hub's parameter counts stand for safetensors headers that were not read. */
class HubCountedEncodingsTest {

  static final String SHARD_1 = "model-00001-of-00002.safetensors";
  static final String SHARD_2 = "model-00002-of-00002.safetensors";

  static ModelSnapshot counted(Map<String, Long> counts) {
    return SnapshotBuilder.repo("org/m").files(SHARD_1, SHARD_2).hubCounts(counts).build();
  }

  @Test
  void givenHubCounts_repoEncodings_areTheCountedDtypes() {
    ModelSnapshot snapshot = counted(Map.of("BF16", 1000L, "F32", 24L, "I64", 0L));

    assertThat(RepoEncodings.of(snapshot))
        .containsExactly(SupportedEncoding.BFLOAT16, SupportedEncoding.FLOAT32);
  }

  @Test
  void givenHubCountsAndAGgufOnly_repoEncodings_ignoreTheCounts() {
    ModelSnapshot snapshot =
        SnapshotBuilder.repo("org/gguf")
            .files("m-q4_k_m.gguf")
            .hubCounts(Map.of("F32", 7L))
            .build();

    assertThat(RepoEncodings.of(snapshot)).containsExactly(SupportedEncoding.Q4_K);
  }

  @Test
  void givenHubCounts_weightFileEncoding_isTheDominantCountedDtypeForAnyShard() {
    ModelSnapshot snapshot = counted(Map.of("BF16", 24L, "F32", 1000L));
    List<SupportedEncoding> offered = RepoEncodings.of(snapshot);

    assertThat(WeightFileEncoding.of(snapshot, SHARD_1, offered).get())
        .contains(SupportedEncoding.FLOAT32);
    assertThat(WeightFileEncoding.of(snapshot, SHARD_2, offered).get())
        .contains(SupportedEncoding.FLOAT32);
  }

  @Test
  void givenAHeaderRead_weightFileEncoding_prefersItToTheHubCounts() {
    ModelSnapshot snapshot =
        SnapshotBuilder.repo("org/m")
            .header(SHARD_1, "BF16", 10)
            .hubCounts(Map.of("F32", 1000L))
            .build();

    assertThat(WeightFileEncoding.of(snapshot, SHARD_1, RepoEncodings.of(snapshot)).get())
        .contains(SupportedEncoding.BFLOAT16);
  }
}
