package io.github.modelconfig.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuantizationConfigEncodingTest {

  private static final Map<String, Object> FP8_GROUP =
      Map.of("group_0", Map.of("weights", Map.of("type", "float", "num_bits", 8)));
  private static final Map<String, Object> INT4_GROUP =
      Map.of("group_0", Map.of("weights", Map.of("type", "int", "num_bits", 4)));

  static Stream<Arguments> supported() {
    return Stream.of(
        Arguments.of("gptq", Map.of("quant_method", "gptq", "bits", 4), SupportedEncoding.GPTQ),
        Arguments.of("fp8", Map.of("quant_method", "fp8"), SupportedEncoding.FLOAT8_E4M3FN),
        Arguments.of(
            "fbgemm_fp8", Map.of("quant_method", "fbgemm_fp8"), SupportedEncoding.FLOAT8_E4M3FN),
        Arguments.of(
            "compressed-tensors fp8",
            Map.of("quant_method", "compressed-tensors", "config_groups", FP8_GROUP),
            SupportedEncoding.FLOAT8_E4M3FN),
        Arguments.of(
            "modelopt NVFP4",
            Map.of("quant_method", "modelopt", "quant_algo", "NVFP4"),
            SupportedEncoding.FLOAT4_E2M1FNX2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("supported")
  void givenSupportedMethod_of_returnsEncoding(
      String label, Map<String, Object> quantization, SupportedEncoding expected) {
    ModelSnapshot snapshot = snapshot(Map.of("quantization_config", quantization));

    assertThat(QuantizationConfigEncoding.of(snapshot).get()).contains(expected);
    assertThat(RepoEncodings.of(snapshot)).containsExactly(expected);
  }

  static Stream<Arguments> unsupported() {
    return Stream.of(
        Arguments.of("awq", Map.of("quant_method", "awq", "bits", 4)),
        Arguments.of("bitsandbytes", Map.of("quant_method", "bitsandbytes")),
        Arguments.of("mxfp4", Map.of("quant_method", "mxfp4")),
        Arguments.of("modelopt FP8", Map.of("quant_method", "modelopt", "quant_algo", "W4A8_AWQ")),
        Arguments.of(
            "compressed-tensors int4",
            Map.of("quant_method", "compressed-tensors", "config_groups", INT4_GROUP)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupported")
  void givenUnsupportedMethod_of_listsSupportedMethods(
      String label, Map<String, Object> quantization) {
    ModelSnapshot snapshot = snapshot(Map.of("quantization_config", quantization));

    ConfigError error = QuantizationConfigEncoding.of(snapshot).getError();

    assertThat(error.code()).isEqualTo("unsupported_quantization");
    assertThat(error.message())
        .contains((String) quantization.get("quant_method"), "gptq", "fp8", "modelopt (NVFP4)");
    assertThat(RepoEncodings.of(snapshot)).isEmpty();
  }

  @Test
  void givenNoQuantizationConfig_of_returnsNone() {
    assertThat(QuantizationConfigEncoding.of(snapshot(Map.of("torch_dtype", "bfloat16"))).get())
        .isEmpty();
  }

  @Test
  void givenAwqLlama_resolve_surfacesUnsupportedQuantization() {
    ModelSnapshot snapshot =
        snapshot(
            Map.of(
                "architectures",
                List.of("LlamaForCausalLM"),
                "quantization_config",
                Map.of("quant_method", "awq")));

    var result =
        new ModelConfigResolver(
                io.github.modelconfig.domain.architecture.ArchitectureRegistry.defaults())
            .resolve(ModelConfigRequest.of("org/model"), snapshot, List.of());

    assertThat(result.getError().map(ConfigError::code)).contains("unsupported_quantization");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gptqDtypes")
  void givenGptqTorchDtype_check_acceptsOnlyFloat16(String dtype, boolean accepted) {
    ModelSnapshot snapshot = snapshot(Map.of("torch_dtype", dtype));

    var result = GptqFinalisation.check(snapshot);

    assertThat(result.isValid()).isEqualTo(accepted);
    if (!accepted) {
      assertThat(result.getError().message())
          .isEqualTo(dtype + " scales are not supported for GPTQ-quantized models.");
    }
  }

  static Stream<Arguments> gptqDtypes() {
    return Stream.of(
        Arguments.of("float16", true),
        Arguments.of("torch.float16", true),
        Arguments.of("bfloat16", false),
        Arguments.of("float32", false));
  }

  static ModelSnapshot snapshot(Map<String, ?> config) {
    return new ModelSnapshot(
        "org/model",
        RepoKind.HUB,
        Option.none(),
        List.of(),
        Option.some(raw(config)),
        Option.none(),
        Option.none(),
        Map.of(),
        Map.of(),
        Option.none());
  }

  /** Nested maps become nested configs, as the JSON readers build them. */
  static RawModelConfig raw(Map<String, ?> values) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? raw(cast(m)) : v));
    return RawModelConfig.of(copy);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Map<?, ?> map) {
    return (Map<String, ?>) map;
  }
}
