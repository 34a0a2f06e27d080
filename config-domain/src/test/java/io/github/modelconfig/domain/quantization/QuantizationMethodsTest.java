package io.github.modelconfig.domain.quantization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.vavr.control.Option;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuantizationMethodsTest {

  private static RawModelConfig config(Map<String, Object> quantization) {
    return RawModelConfig.of(Map.of("quantization_config", RawModelConfig.of(quantization)));
  }

  static Stream<Arguments> supported() {
    RawModelConfig fp8Group =
        RawModelConfig.of(
            Map.of("weights", RawModelConfig.of(Map.of("type", "float", "num_bits", 8L))));
    return Stream.of(
        Arguments.of(
            "gptq (llama-2-7b-gptq)",
            Map.of("quant_method", "gptq", "bits", 4L),
            SupportedEncoding.GPTQ),
        Arguments.of(
            "fbgemm_fp8 (llama-3.1-405b-fp8)",
            Map.of("quant_method", "fbgemm_fp8"),
            SupportedEncoding.FLOAT8_E4M3FN),
        Arguments.of("fp8", Map.of("quant_method", "fp8"), SupportedEncoding.FLOAT8_E4M3FN),
        Arguments.of(
            "compressed-tensors fp8",
            Map.of(
                "quant_method",
                "compressed-tensors",
                "config_groups",
                RawModelConfig.of(Map.of("group_0", fp8Group))),
            SupportedEncoding.FLOAT8_E4M3FN),
        Arguments.of(
            "modelopt NVFP4",
            Map.of("quant_method", "modelopt", "quant_algo", "NVFP4"),
            SupportedEncoding.FLOAT4_E2M1FNX2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("supported")
  void givenASupportedMethod_of_returnsItsEncoding(
      String name, Map<String, Object> q, SupportedEncoding expected) {
    assertThat(QuantizationMethods.of(Option.of(config(q))).get()).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupported")
  void givenAnUnsupportedMethod_of_namesItAndTheSupportedOnes(String method) {
    var error =
        QuantizationMethods.of(Option.of(config(Map.of("quant_method", method)))).getError();
    assertThat(error.code()).isEqualTo(ErrorCode.UNSUPPORTED_QUANTIZATION);
    assertThat(error.message()).contains(method, "gptq", "fbgemm_fp8");
  }

  static Stream<String> unsupported() {
    return Stream.of("awq", "bitsandbytes", "mxfp4");
  }

  @org.junit.jupiter.api.Test
  void givenNoQuantizationConfig_of_isNone() {
    assertThat(QuantizationMethods.of(Option.of(RawModelConfig.empty())).get()).isEmpty();
  }
}
