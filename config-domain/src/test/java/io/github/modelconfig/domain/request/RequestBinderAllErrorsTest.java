package io.github.modelconfig.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.Revision;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBinderAllErrorsTest {

  private static Map<String, RawSetting> flags(String... keyValues) {
    Map<String, RawSetting> settings = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      settings.put(keyValues[i], RawSetting.flag(keyValues[i], keyValues[i + 1]));
    }
    return settings;
  }

  @Test
  void givenFourIndependentMistakes_bind_reportsAllFour() {
    var result =
        RequestBinder.bind(
            flags(
                "model_path", "m",
                "quantization_encoding", "bf17",
                "max_length", "-1",
                "kv_cache_page_size", "100",
                "device_memory_utilization", "1.5"));

    assertThat(result.getError().map(ConfigError::code))
        .containsExactly(
            ErrorCode.INVALID_CHOICE,
            ErrorCode.OUT_OF_RANGE,
            ErrorCode.INVALID_PAGE_SIZE,
            ErrorCode.OUT_OF_RANGE);
  }

  @Test
  void givenAnUnknownKey_bind_listsTheValidOnes() {
    var result = RequestBinder.bind(flags("model_path", "x", "foo", "1"));

    ConfigError error = result.getError().head();
    assertThat(error.field()).isEqualTo("foo");
    assertThat(error.message()).contains("valid settings:", "quantization_encoding");
  }

  @Test
  void case67_givenMisspeltKeys_bind_suggestsTheSettingMeant() {
    var result =
        RequestBinder.bind(
            flags(
                "model-path",
                "x",
                "device-specs",
                "gpu",
                "max_lenght",
                "10",
                "foo",
                "1",
                "draft-model-path",
                "d"));

    assertThat(result.getError().map(ConfigError::hint))
        .containsExactly(
            "Did you mean 'model_path'? Otherwise remove 'model-path'.",
            "Did you mean 'device_specs'? Otherwise remove 'device-specs'.",
            "Did you mean 'max_length'? Otherwise remove 'max_lenght'.",
            "Remove 'foo' or correct its spelling.",
            "Did you mean 'draft_model_path'? Otherwise remove 'draft-model-path'.",
            // model-path is not model_path, so no model was given either (case 22).
            "Give a model, e.g. 'resolve meta-llama/Llama-3.1-8B-Instruct' or 'resolve ./my-model'.");
  }

  @Test
  void givenMaxsFieldNameDeviceSpecs_bind_setsTheDevicesLikeTheirOptionName() {
    var spelledByField = RequestBinder.bind(flags("model_path", "m", "device_specs", "gpu:0,1"));
    var spelledByOption = RequestBinder.bind(flags("model_path", "m", "devices", "gpu:0,1"));

    assertThat(spelledByField.get().deviceSpecs())
        .isEqualTo(spelledByOption.get().deviceSpecs())
        .contains(List.of(DeviceSpec.gpu(0), DeviceSpec.gpu(1)));
    assertThat(spelledByField.get().provenance().of("devices").detail())
        .isEqualTo("--device-specs");
  }

  @Test
  void givenBothSpellingsOfTheDevices_bind_reportsTheDuplicate() {
    ConfigError error =
        RequestBinder.bind(flags("model_path", "m", "devices", "cpu", "device_specs", "gpu"))
            .getError()
            .single();

    assertThat(error.code()).isEqualTo(ErrorCode.DUPLICATE_SETTING);
    assertThat(error.field()).isEqualTo("devices");
    assertThat(error.message()).isEqualTo("devices is set twice, as devices and device_specs.");
  }

  @Test
  void givenValidFlags_bind_typesThemAndRecordsWhereTheyCameFrom() {
    var request =
        RequestBinder.bind(
                flags("model_path", "m", "quantization_encoding", "BFloat16", "max_length", "4096"))
            .get();

    assertThat(request.quantizationEncoding().get()).isEqualTo(SupportedEncoding.BFLOAT16);
    assertThat(request.maxLength().get()).isEqualTo(4096L);
    assertThat(request.provenance().of("max_length").detail()).isEqualTo("--max-length");
  }

  @Test
  void givenBlankAndUnsafeRevisions_bind_reportsEachByFieldWithAHint() {
    var result =
        RequestBinder.bind(
            flags(
                "model_path", "org/m",
                "huggingface_model_revision", " ",
                "huggingface_weight_revision", "../../etc"));

    assertThat(result.getError())
        .extracting(ConfigError::code, ConfigError::field)
        .containsExactly(
            tuple(ErrorCode.INVALID_REVISION, "huggingface_model_revision"),
            tuple(ErrorCode.INVALID_REVISION, "huggingface_weight_revision"));
    assertThat(result.getError().last().message()).contains("'../../etc'", "'..'");
    assertThat(result.getError().head().hint()).contains("refs/pr/1", "main");
  }

  @Test
  void givenARevision_bind_keepsItAsAValue() {
    var request =
        RequestBinder.bind(flags("model_path", "org/m", "huggingface_model_revision", "refs/pr/1"))
            .get();

    assertThat(request.huggingfaceModelRevision()).isEqualTo(new Revision("refs/pr/1"));
    assertThat(request.huggingfaceWeightRevision()).isEqualTo(Revision.MAIN);
  }
}
