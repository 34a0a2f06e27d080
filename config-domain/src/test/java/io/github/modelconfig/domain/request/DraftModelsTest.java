package io.github.modelconfig.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reference §2.0 step 4 and §10 case 61: the draft model of speculative decoding. */
class DraftModelsTest {

  private static Map<String, RawSetting> settings(String... keyValues) {
    Map<String, RawSetting> s = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      s.put(keyValues[i], RawSetting.flag(keyValues[i], keyValues[i + 1]));
    }
    return s;
  }

  @Test
  void givenDraftSettings_split_movesModelFieldsToTheDraftWithTheMainKvSettings() {
    DraftModels.Split split =
        DraftModels.split(
            settings(
                "model_path", "org/big",
                "draft_model_path", "org/small",
                "draft_quantization_encoding", "bfloat16",
                "kv_cache_page_size", "256",
                "draft_foo", "1"));

    assertThat(split.main()).containsOnlyKeys("model_path", "kv_cache_page_size", "draft_foo");
    assertThat(split.draft())
        .containsOnlyKeys("model_path", "quantization_encoding", "kv_cache_page_size");
    assertThat(split.draft().get("model_path").value()).isEqualTo("org/small");
  }

  @Test
  void givenDraftKeysWithoutAModelPath_split_buildsNoDraft() {
    DraftModels.Split split =
        DraftModels.split(settings("model_path", "org/big", "draft_max_length", "10"));

    assertThat(split.draft()).isEmpty();
    assertThat(split.main()).containsOnlyKeys("model_path");
  }

  @Test
  void givenARepeatedPrefix_split_removesEveryOccurrenceAsMaxDoes() {
    DraftModels.Split split =
        DraftModels.split(settings("draft_model_path", "a/b", "draft_draft_max_length", "7"));

    assertThat(split.draft()).containsKey("max_length");
  }

  @Test
  void case61_givenUtilization09_pair_givesTheMain063AndTheDraft027() {
    ModelConfigRequest main = RequestBinder.bind(settings("model_path", "org/big")).get();
    ModelConfigRequest draft = RequestBinder.bind(settings("model_path", "org/small")).get();

    DraftModels.Pair pair = DraftModels.pair(main, draft);

    assertThat(pair.main().kvCache().deviceMemoryUtilization()).isCloseTo(0.63, within(1e-9));
    assertThat(pair.draft().kvCache().deviceMemoryUtilization()).isCloseTo(0.27, within(1e-9));
    assertThat(pair.main().kvCache().enablePrefixCaching()).isFalse();
    assertThat(pair.draft().kvCache().enablePrefixCaching()).isFalse();
    assertThat(pair.warnings()).singleElement().asString().contains("Prefix caching");
  }

  @Test
  void givenADraftError_prefixed_namesTheDraftField() {
    ConfigError error =
        RequestBinder.bind(settings("model_path", "a/b", "quantization_encoding", "q9"))
            .getError()
            .head()
            .prefixed(DraftModels.PREFIX);

    assertThat(error.field()).isEqualTo("draft_quantization_encoding");
    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_CHOICE);
  }
}
