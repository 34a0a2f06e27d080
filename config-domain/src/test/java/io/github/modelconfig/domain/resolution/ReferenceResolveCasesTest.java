package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static io.github.modelconfig.domain.testdata.TestConfigs.tinyLlama;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.EncodingDevices;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.memory.MemoryPlan;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference §10 cases 39-42: the resolved encoding against the devices and the architecture. */
class ReferenceResolveCasesTest {

  private static final ModelSnapshot Q4K_LLAMA =
      aSnapshot().withConfig(tinyLlama()).withFiles("tiny-q4_k_m.gguf").build();

  private static Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request, ModelSnapshot snapshot, List<Device> host) {
    return new ModelConfigResolver(ArchitectureRegistry.defaults())
        .resolve(request, snapshot, host);
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
}
