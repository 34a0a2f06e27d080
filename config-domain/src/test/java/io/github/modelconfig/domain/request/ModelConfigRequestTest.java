package io.github.modelconfig.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelConfigRequestTest {

  @Test
  void givenAModelPath_of_givesMaxsDefaultsThroughTheTypedAccessors() {
    ModelConfigRequest request = ModelConfigRequest.of("org/model");

    assertThat(request.modelPath()).isEqualTo("org/model");
    assertThat(request.modelName()).isEqualTo("org/model");
    assertThat(request.huggingfaceModelRevision()).isEqualTo(Revision.MAIN);
    assertThat(request.dataParallelDegree()).isEqualTo(1);
    assertThat(request.useSubgraphs()).isTrue();
    assertThat(request.deviceSpecs()).isEmpty();
    assertThat(request.kvCache()).isEqualTo(KvCacheConfig.defaults());
    assertThat(request.lora()).isEmpty();
    assertThat(request.provenance().origins()).isEmpty();
  }

  @Test
  void givenATypedKey_with_setsThatFieldOnlyAndGetReadsIt() {
    ModelConfigRequest request = ModelConfigRequest.of("m");

    ModelConfigRequest longer = request.with(Fields.MAX_LENGTH, Option.of(4096L));

    assertThat(longer.get(Fields.MAX_LENGTH)).contains(4096L);
    assertThat(longer.maxLength()).contains(4096L);
    assertThat(request.maxLength()).isEmpty();
    assertThat(longer)
        .isNotEqualTo(request)
        .isEqualTo(request.with(Fields.MAX_LENGTH, Option.of(4096L)));
  }

  @Test
  void givenAKvCacheConfig_withKvCache_setsTheKvFieldsSoKvCacheReturnsIt() {
    KvCacheConfig kv =
        new KvCacheConfig(
            KvCacheStrategy.PAGED, 256, false, true, 10.0, 0.5, Option.of(DType.BFLOAT16));

    ModelConfigRequest request = ModelConfigRequest.of("m").withKvCache(kv);

    assertThat(request.kvCache()).isEqualTo(kv);
    assertThat(request.get(Fields.KV_CACHE_PAGE_SIZE)).isEqualTo(256);
  }

  @Test
  void givenEnableLora_lora_holdsTheLoraFields() {
    ModelConfigRequest request =
        ModelConfigRequest.of("m")
            .with(Fields.LORA_PATHS, List.of("a"))
            .with(Fields.MAX_LORA_RANK, 8);

    assertThat(request.lora()).as("enable_lora is false").isEmpty();
    assertThat(request.with(Fields.ENABLE_LORA, true).lora())
        .contains(new LoraConfig(List.of("a"), 8, LoraConfig.DEFAULT_MAX_NUM_LORAS));
  }

  @Test
  void givenAMutableList_with_keepsACopy() {
    List<String> paths = new ArrayList<>(List.of("a.safetensors"));

    ModelConfigRequest request = ModelConfigRequest.of("m").with(Fields.WEIGHT_PATH, paths);
    paths.add("b.safetensors");

    assertThat(request.weightPath()).containsExactly("a.safetensors");
  }

  @Test
  void givenAFieldOfAnotherTable_get_rejectsIt() {
    Field<Boolean> foreign = Field.of("enable_echo", Rules.bool(), false);

    assertThatThrownBy(() -> ModelConfigRequest.of("m").get(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enable_echo is not a field of this request");
  }
}
