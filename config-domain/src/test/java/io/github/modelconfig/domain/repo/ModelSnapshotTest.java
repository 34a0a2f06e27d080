package io.github.modelconfig.domain.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelSnapshotTest {

  @Test
  void givenHubCountsAndNoHeaderRead_parameterCount_isTheHubsTotal() {
    ModelSnapshot snapshot =
        SnapshotBuilder.repo("org/m")
            .files("model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors")
            .hubCounts(Map.of("BF16", 1000L, "F32", 24L))
            .build();

    assertThat(snapshot.parameterCount()).contains(1024L);
    assertThat(snapshot.hubCountsForSafetensors()).isEqualTo(snapshot.hubParameterCounts());
  }

  @Test
  void givenHeadersAndHubCounts_parameterCount_countsTheHeaders() {
    ModelSnapshot snapshot =
        SnapshotBuilder.repo("./m")
            .header("model.safetensors", "F32", 300)
            .hubCounts(Map.of("F32", 999L))
            .build();

    assertThat(snapshot.parameterCount()).contains(300L);
    assertThat(snapshot.hubCountsForSafetensors()).isEmpty();
  }

  @Test
  void givenHubCountsButNoSafetensorsListed_parameterCount_isUnknown() {
    ModelSnapshot snapshot =
        SnapshotBuilder.repo("org/gguf")
            .files("m-q4_k_m.gguf")
            .hubCounts(Map.of("F32", 7L))
            .build();

    assertThat(snapshot.parameterCount()).isEmpty();
    assertThat(snapshot.hubCountsForSafetensors()).isEmpty();
  }
}
