package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static io.github.modelconfig.domain.testdata.TestConfigs.tinyLlama;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.request.RequestBinder;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reference §10 cases 22-24: what resolve() checks first; every mistake is reported at once. */
class ResolvePreconditionCasesTest {

  private static final ModelSnapshot Q4K_LLAMA =
      aSnapshot().withConfig(tinyLlama()).withFiles("tiny-q4_k_m.gguf").build();

  private static Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request, ModelSnapshot snapshot, List<Device> host) {
    return new ModelConfigResolver(ArchitectureRegistry.defaults())
        .resolve(request, snapshot, host);
  }

  @Test
  void case22_givenEmptyModelPathAndNoWeightPath_bind_rejects() {
    Map<String, RawSetting> settings = new LinkedHashMap<>();
    settings.put("model_path", RawSetting.flag("model_path", ""));

    ConfigError error = RequestBinder.bind(settings).getError().single();

    assertThat(error.code()).isEqualTo(ErrorCode.MISSING_MODEL);
    assertThat(error.field()).isEqualTo("model_path");
    assertThat(error.message()).startsWith("model must be provided and must be a valid");
  }

  @Test
  void case22_givenNoModelAndAnotherMistake_bind_reportsBoth() {
    // All errors at once (a difference from MAX): MAX would stop at the first.
    Map<String, RawSetting> settings = new LinkedHashMap<>();
    settings.put("max_length", RawSetting.flag("max_length", "-1"));

    assertThat(RequestBinder.bind(settings).getError().map(ConfigError::code))
        .containsExactly(ErrorCode.MISSING_MODEL, ErrorCode.OUT_OF_RANGE);
  }

  @Test
  void case22_givenNoModelButAWeightPath_bind_leavesTheModelToWeightPathParsing() {
    Map<String, RawSetting> settings = new LinkedHashMap<>();
    settings.put(
        "weight_path",
        RawSetting.flag(
            "weight_path", "modularai/Llama-3.1-8B-Instruct-GGUF/llama-3.1-8b-instruct-q4_0.gguf"));

    assertThat(RequestBinder.bind(settings).isValid()).isTrue();
  }

  @Test
  void case23_givenCastFlagWithoutEncoding_resolve_rejects() {
    ModelConfigRequest request =
        aRequest().with("allow_safetensors_weights_fp32_bf6_bidirectional_cast", "true").build();
    ModelSnapshot snapshot =
        aSnapshot().withConfig(tinyLlama()).withSafetensors("model.safetensors", "F32").build();

    ConfigError error = resolve(request, snapshot, aHost().withGpus(1).build()).getError().single();

    assertThat(error.code()).isEqualTo(ErrorCode.CAST_NEEDS_ENCODING);
    assertThat(error.field()).isEqualTo("quantization_encoding");
    assertThat(error.message())
        .isEqualTo(
            "--allow-safetensors-weights-fp32-bf6-bidirectional-cast is set but no "
                + "quantization_encoding was given.");
  }

  @Test
  void case24_givenGpu7OnAOneGpuHost_resolve_rejectsNamingTheAvailableOnes() {
    ModelSnapshot snapshot =
        aSnapshot().withConfig(tinyLlama()).withSafetensors("model.safetensors", "BF16").build();

    ConfigError error =
        resolve(aRequest().with("devices", "gpu:7").build(), snapshot, aHost().withGpus(1).build())
            .getError()
            .single();

    assertThat(error.code()).isEqualTo(ErrorCode.DEVICES_NOT_FOUND);
    assertThat(error.field()).isEqualTo("devices");
    assertThat(error.message())
        .isEqualTo("device specs provided [gpu:7] do not exist; available devices: [gpu:0].");
  }

  @Test
  void case23and24_givenBothMistakes_resolve_reportsBoth() {
    // All errors at once (a difference from MAX): MAX raises only the cast error.
    ModelConfigRequest request =
        aRequest()
            .with("allow_safetensors_weights_fp32_bf6_bidirectional_cast", "true")
            .with("devices", "gpu:7")
            .build();

    Seq<ConfigError> errors = resolve(request, Q4K_LLAMA, aHost().withGpus(1).build()).getError();

    assertThat(errors.map(ConfigError::code))
        .containsExactly(ErrorCode.CAST_NEEDS_ENCODING, ErrorCode.DEVICES_NOT_FOUND);
  }
}
