package io.github.modelconfig.domain.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureKvOverrides;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.architecture.MultiGpuRule;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.architecture.Task;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.request.RequestBinder;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reference §10 cases 58-60: multi-GPU, LoRA and Gemma3 page-size rules. */
class ReferenceRuleCasesTest {

  private static final ArchitectureRegistry REGISTRY = ArchitectureRegistry.defaults();

  private static SupportedArchitecture arch(String name) {
    return REGISTRY.find(name, Option.some(Task.TEXT_GENERATION)).get();
  }

  static Stream<Arguments> case58() {
    return Stream.of(
        Arguments.of("case58 two GPUs", List.of(DeviceSpec.gpu(0), DeviceSpec.gpu(1)), true),
        Arguments.of("case58 one GPU", List.of(DeviceSpec.gpu(0)), false),
        Arguments.of("case58 cpu first", List.of(DeviceSpec.cpu(), DeviceSpec.gpu(0)), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("case58")
  void givenSingleGpuArchitecture_checkMultiGpu_rejectsSeveralGpus(
      String label, List<DeviceSpec> specs, boolean rejected) {
    Option<ConfigError> error = MultiGpuRule.check(arch("ExaoneForCausalLM"), specs, "org/exaone");

    assertThat(error.isDefined()).isEqualTo(rejected);
    error.forEach(
        e ->
            assertThat(e.message())
                .startsWith("Multiple GPU inference is currently not supported for org/exaone"));
  }

  @Test
  void givenMultiGpuArchitecture_checkMultiGpu_acceptsTwoGpus() {
    assertThat(
            MultiGpuRule.check(
                arch("LlamaForCausalLM"), List.of(DeviceSpec.gpu(0), DeviceSpec.gpu(1)), "m"))
        .isEmpty();
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
  void givenLoraEnabled_checkLora_reportsTheIncompatibility(
      String label, String archName, boolean prefixCaching, int gpus, String code) {
    ModelConfigRequest request = lora(prefixCaching);
    List<DeviceSpec> specs =
        gpus == 1 ? List.of(DeviceSpec.gpu(0)) : List.of(DeviceSpec.gpu(0), DeviceSpec.gpu(1));

    List<ConfigError> errors = LoraRule.check(request, arch(archName), specs, prefixCaching);

    assertThat(errors).extracting(e -> e.code().wireName()).containsExactly(code);
  }

  @Test
  void givenLoraOnOneGpuLlamaWithoutPrefixCaching_checkLora_passes() {
    assertThat(
            LoraRule.check(
                lora(false), arch("LlamaForCausalLM"), List.of(DeviceSpec.gpu(0)), false))
        .isEmpty();
  }

  @ParameterizedTest(name = "case60 page {0}")
  @MethodSource("case60")
  void givenGemma3_applyOverrides_raisesPageSizeToAtLeast256(int given, int expected) {
    KvCacheConfig config = KvCacheConfig.defaults().withPageSize(given);

    KvCacheConfig result =
        ArchitectureKvOverrides.apply(arch("Gemma3ForCausalLM"), config, new ArrayList<>());

    assertThat(result.kvCachePageSize()).isEqualTo(expected);
  }

  static Stream<Arguments> case60() {
    return Stream.of(Arguments.of(128, 256), Arguments.of(512, 512));
  }

  @Test
  void givenRequiredPrefixCachingOff_applyOverrides_overridesWithAWarning() {
    List<String> warnings = new ArrayList<>();

    KvCacheConfig result =
        ArchitectureKvOverrides.apply(
            REGISTRY.find("BertModel", Option.none()).get(), KvCacheConfig.defaults(), warnings);

    assertThat(result.enablePrefixCaching()).isFalse();
    assertThat(warnings)
        .containsExactly(
            "BertModel requires enable_prefix_caching=false; overriding the given true.");
  }

  private static ModelConfigRequest lora(boolean prefixCaching) {
    Map<String, RawSetting> settings = new LinkedHashMap<>();
    settings.put("model_path", RawSetting.flag("model_path", "m"));
    settings.put("enable_lora", RawSetting.flag("enable_lora", "true"));
    settings.put(
        "enable_prefix_caching",
        RawSetting.flag("enable_prefix_caching", Boolean.toString(prefixCaching)));
    return RequestBinder.bind(settings).get();
  }
}
