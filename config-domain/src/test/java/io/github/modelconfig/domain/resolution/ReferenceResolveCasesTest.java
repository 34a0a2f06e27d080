package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.tinyLlama;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.EncodingDevices;
import io.github.modelconfig.domain.encoding.GraphQuantizationEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.memory.MemoryPlan;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.request.RequestBinder;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reference §10 cases 22-24 (resolve preconditions), 39-42 (encoding vs devices/arch) and 72 (graph
 * quantization encoding).
 */
class ReferenceResolveCasesTest {

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
    // All errors at once (PRODUCT.md improvement 1): MAX would stop at the first.
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
    // All errors at once (PRODUCT.md improvement 1): MAX raises only the cast error.
    ModelConfigRequest request =
        aRequest()
            .with("allow_safetensors_weights_fp32_bf6_bidirectional_cast", "true")
            .with("devices", "gpu:7")
            .build();

    Seq<ConfigError> errors = resolve(request, Q4K_LLAMA, aHost().withGpus(1).build()).getError();

    assertThat(errors.map(ConfigError::code))
        .containsExactly(ErrorCode.CAST_NEEDS_ENCODING, ErrorCode.DEVICES_NOT_FOUND);
  }

  @Test
  void case39_givenQ4kOnTwoGpus_resolve_movesToTheCpuWithAWarning() {
    ResolvedModelConfig resolved =
        valid(
            resolve(
                aRequest().with("quantization_encoding", "q4_k").with("devices", "gpu:0,1").build(),
                Q4K_LLAMA,
                aHost().withGpus(2).build()));

    assertThat(resolved.deviceSpecs()).containsExactly(DeviceSpec.cpu());
    assertThat(resolved.warnings())
        .containsExactly(
            new Warning(
                WarningCode.DEVICES_CHANGED_FOR_ENCODING,
                "Encoding q4_k runs on CPU only; devices [gpu:0, gpu:1] were replaced by [cpu]."));
    // After the downcast the memory plan uses the CPU (README difference 6; MAX keeps the GPUs).
    assertThat(resolved.memory().map(MemoryPlan::devices).get())
        .extracting(d -> d.spec())
        .containsExactly(DeviceSpec.cpu());
  }

  @Test
  void case39_givenQ4kOnTwoGpusOfASingleGpuArchitecture_resolve_reportsMultiGpuFirst() {
    ModelSnapshot exaone =
        aSnapshot()
            .withConfig(tinyLlama("ExaoneForCausalLM"))
            .withFiles("tiny-q4_k_m.gguf")
            .build();

    ConfigError error =
        resolve(
                aRequest().with("quantization_encoding", "q4_k").with("devices", "gpu:0,1").build(),
                exaone,
                aHost().withGpus(2).build())
            .getError()
            .single();

    assertThat(error.code()).isEqualTo(ErrorCode.MULTI_GPU_NOT_SUPPORTED);
    assertThat(error.message())
        .startsWith("Multiple GPU inference is currently not supported for /models/tiny");
  }

  @Test
  void case40_givenBfloat16OnCpu_resolve_rejectsTheDevice() {
    ModelSnapshot snapshot =
        aSnapshot().withConfig(tinyLlama()).withSafetensors("model.safetensors", "BF16").build();

    ConfigError error =
        resolve(
                aRequest().with("quantization_encoding", "bfloat16").with("devices", "cpu").build(),
                snapshot,
                aHost().withGpus(1).build())
            .getError()
            .single();

    assertThat(error.code()).isEqualTo(ErrorCode.ENCODING_DEVICE_MISMATCH);
    assertThat(error.field()).isEqualTo("devices");
    assertThat(error.message())
        .isEqualTo(
            "The encoding 'bfloat16' is not compatible with the selected device type 'cpu' "
                + "(it runs on [gpu]).");
  }

  @Test
  void case41_givenQ4kOnCpuAndGpu_forEncoding_keepsTheListAndRejectsTheGpu() {
    Checked<List<DeviceSpec>> placed =
        EncodingDevices.forEncoding(
            SupportedEncoding.Q4_K, List.of(DeviceSpec.cpu(), DeviceSpec.gpu(0)));

    assertThat(placed.warnings()).isEmpty();
    assertThat(placed.errors().single().message())
        .isEqualTo(
            "The encoding 'q4_k' is not compatible with the selected device type 'gpu' "
                + "(it runs on [cpu]).");
  }

  @Test
  void case41_givenQ4kOnCpuAndGpu_resolve_reportsOnlyTheGpu() {
    ModelConfigRequest request =
        aRequest()
            .with("quantization_encoding", "q4_k")
            .onDevices(DeviceSpec.cpu(), DeviceSpec.gpu(0))
            .build();

    Seq<ConfigError> errors = resolve(request, Q4K_LLAMA, aHost().withGpus(1).build()).getError();

    assertThat(errors.map(ConfigError::code)).containsExactly(ErrorCode.ENCODING_DEVICE_MISMATCH);
    assertThat(errors.single().message()).contains("device type 'gpu'");
  }

  @Test
  void case42_givenQ4kForAnArchitectureWithoutIt_resolve_rejects() {
    ModelSnapshot gemma =
        aSnapshot()
            .withConfig(tinyLlama("Gemma3ForCausalLM"))
            .withFiles("tiny-q4_k_m.gguf")
            .build();

    Seq<ConfigError> errors =
        resolve(
                aRequest().with("quantization_encoding", "q4_k").build(),
                gemma,
                aHost().withGpus(1).build())
            .getError();
    assertThat(errors.map(ConfigError::code))
        .containsExactly(ErrorCode.ENCODING_NOT_SUPPORTED_BY_ARCHITECTURE);
    ConfigError error = errors.head();

    assertThat(error.code()).isEqualTo(ErrorCode.ENCODING_NOT_SUPPORTED_BY_ARCHITECTURE);
    assertThat(error.field()).isEqualTo("quantization_encoding");
    assertThat(error.message())
        .isEqualTo(
            "quantization_encoding of 'q4_k' is not supported by Gemma3ForCausalLM; "
                + "it supports [bfloat16].");
  }

  @Test
  void case72_givenResolvedEncodings_graphQuantizationEncoding_followsTheTable() {
    ResolvedModelConfig q4k =
        valid(
            resolve(
                aRequest().with("quantization_encoding", "q4_k").build(),
                Q4K_LLAMA,
                aHost().withGpus(0).build()));
    ModelSnapshot bf16Repo =
        aSnapshot().withConfig(tinyLlama()).withSafetensors("model.safetensors", "BF16").build();
    ResolvedModelConfig bf16 =
        valid(resolve(aRequest().build(), bf16Repo, aHost().withGpus(1).build()));

    assertThat(q4k.graphQuantizationEncoding()).contains(GraphQuantizationEncoding.Q4_K);
    assertThat(bf16.quantizationEncoding()).contains(SupportedEncoding.BFLOAT16);
    assertThat(bf16.graphQuantizationEncoding()).isEmpty();
  }

  @Test
  void case72_givenNoEncoding_graphQuantizationEncoding_isEmptyInsteadOfRaising() {
    // MAX raises ValueError for a null encoding. A resolved config always has one (a null
    // encoding is a resolution error, case 34), so the Java accessor returns an empty Option for
    // a config built without one, as it does for encodings without a graph encoding (bfloat16).
    ResolvedModelConfig r =
        valid(
            resolve(
                aRequest().with("quantization_encoding", "q4_k").build(),
                Q4K_LLAMA,
                aHost().withGpus(0).build()));
    ResolvedModelConfig withoutEncoding =
        new ResolvedModelConfig(
            r.request(),
            r.modelPath(),
            r.huggingfaceModelRepo(),
            r.weightsRepoId(),
            r.weightPath(),
            r.weightsFormat(),
            r.weightsSize(),
            Option.none(),
            r.dtypeCast(),
            r.ropeType(),
            r.maxLength(),
            r.maxBatchSize(),
            r.deviceSpecs(),
            r.kvCache(),
            r.architecture(),
            r.model(),
            r.parameterCount(),
            r.samplingParamsDefaults(),
            r.diffusersConfig(),
            r.memory(),
            r.provenance(),
            r.warnings(),
            r.draftModel());

    assertThat(withoutEncoding.graphQuantizationEncoding()).isEmpty();
    assertThat(withoutEncoding.dtype()).isEmpty();
  }
}
