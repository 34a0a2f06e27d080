package io.github.modelconfig.domain.repo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetensorsIndexesTest {

  private static RawModelConfig index(String shard) {
    return RawModelConfig.of(
        Map.of(
            "metadata",
            RawModelConfig.of(Map.of("total_size", 16_060_522_496L)),
            "weight_map",
            RawModelConfig.of(
                Map.of("lm_head.weight", "model-00004-of-00004.safetensors", "x.weight", shard))));
  }

  @Test
  void givenANestedIndex_parse_shardsRelativeToItsFolder() {
    SafetensorsIndex i =
        SafetensorsIndexes.parse(
                "text_encoder/model.safetensors.index.json",
                index("model-00001-of-00004.safetensors"))
            .get();

    assertThat(i.totalSize()).contains(16_060_522_496L);
    assertThat(i.shards())
        .containsExactlyInAnyOrder(
            "text_encoder/model-00004-of-00004.safetensors",
            "text_encoder/model-00001-of-00004.safetensors");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"../etc/passwd", "/abs.safetensors", "a\\b.safetensors", "a/../../b", ".."})
  void givenAShardEscapingTheRepo_parse_isRejected(String shard) {
    ConfigError e =
        SafetensorsIndexes.parse("model.safetensors.index.json", index(shard)).getLeft();

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_WEIGHT_MAP);
    assertThat(e.message()).contains(shard, "outside the repo");
  }

  @Test
  void givenNoWeightMap_parse_isRejected() {
    assertThat(
            SafetensorsIndexes.parse("m.safetensors.index.json", RawModelConfig.empty())
                .getLeft()
                .message())
        .contains("no \"weight_map\"");
  }
}
