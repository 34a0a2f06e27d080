package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.architecture.Task;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reference §10 cases 58-59: the multi-GPU and LoRA rules. */
class ReferenceRuleCasesTest {

  private static final ArchitectureRegistry REGISTRY = ArchitectureRegistry.defaults();
  private static final List<DeviceSpec> TWO_GPUS = List.of(DeviceSpec.gpu(0), DeviceSpec.gpu(1));

  private static SupportedArchitecture arch(String name) {
    return REGISTRY.find(name, Option.some(Task.TEXT_GENERATION)).get();
  }

  static Stream<Arguments> case58() {
    return Stream.of(
        Arguments.of("case58 two GPUs", TWO_GPUS, Option.of(ErrorCode.MULTI_GPU_NOT_SUPPORTED)),
        Arguments.of("case58 one GPU", List.of(DeviceSpec.gpu(0)), Option.none()),
        Arguments.of(
            "case58 cpu first", List.of(DeviceSpec.cpu(), DeviceSpec.gpu(0)), Option.none()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("case58")
  void givenSingleGpuArchitecture_validateMultiGpuSupported_rejectsSeveralGpus(
      String label, List<DeviceSpec> specs, Option<ErrorCode> rejected) {
    Validation<ConfigError, List<DeviceSpec>> result =
        MaxModelConfigSteps.validateMultiGpuSupported(
            aRequest().with("model_path", "org/exaone").build(), arch("ExaoneForCausalLM"), specs);

    assertThat(result.swap().map(ConfigError::code).toOption()).isEqualTo(rejected);
    result
        .swap()
        .forEach(
            e ->
                assertThat(e.message())
                    .startsWith(
                        "Multiple GPU inference is currently not supported for org/exaone"));
  }

  @Test
  void givenMultiGpuArchitecture_validateMultiGpuSupported_acceptsTwoGpus() {
    assertThat(
            MaxModelConfigSteps.validateMultiGpuSupported(
                aRequest().build(), arch("LlamaForCausalLM"), TWO_GPUS))
        .isEqualTo(Validation.valid(TWO_GPUS));
  }

  static Stream<Arguments> case59() {
    return Stream.of(
        Arguments.of(
            "case59 prefix caching", "LlamaForCausalLM", true, 1, "lora_with_prefix_caching"),
        Arguments.of(
            "case59 gemma3", "Gemma3ForCausalLM", false, 1, "lora_unsupported_architecture"),
        Arguments.of("case59 two GPUs", "LlamaForCausalLM", false, 2, "lora_multi_device"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("case59")
  void givenLoraEnabled_validateLoraCompatibility_reportsTheIncompatibility(
      String label, String archName, boolean prefixCaching, int gpus, String code) {
    List<DeviceSpec> specs = gpus == 1 ? List.of(DeviceSpec.gpu(0)) : TWO_GPUS;

    Seq<ConfigError> errors =
        MaxModelConfigSteps.validateLoraCompatibility(lora(prefixCaching), arch(archName), specs)
            .getError();

    assertThat(errors.map(e -> e.code().wireName())).containsExactly(code);
  }

  @Test
  void givenLoraOnOneGpuLlamaWithoutPrefixCaching_validateLoraCompatibility_passes() {
    List<DeviceSpec> oneGpu = List.of(DeviceSpec.gpu(0));

    assertThat(
            MaxModelConfigSteps.validateLoraCompatibility(
                lora(false), arch("LlamaForCausalLM"), oneGpu))
        .isEqualTo(Validation.valid(oneGpu));
  }

  private static ModelConfigRequest lora(boolean prefixCaching) {
    return aRequest()
        .with("model_path", "m")
        .with("enable_lora", "true")
        .with("enable_prefix_caching", Boolean.toString(prefixCaching))
        .build();
  }
}
