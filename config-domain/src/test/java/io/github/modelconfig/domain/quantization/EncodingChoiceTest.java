package io.github.modelconfig.domain.quantization;

import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.provenance.Source;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference §2.3 cases 32-34: the encoding chosen when none is given. */
class EncodingChoiceTest {

  @Test
  void case32_givenSeveralEncodingsOnGpu_choose_prefersFloat8ThenFloat4() {
    var offered =
        List.of(
            SupportedEncoding.FLOAT8_E4M3FN, SupportedEncoding.BFLOAT16, SupportedEncoding.FLOAT32);

    assertThat(valid(inferred(offered, DeviceSpec.gpu(0))).encoding())
        .isEqualTo(SupportedEncoding.FLOAT8_E4M3FN);
    var withFloat4 = new java.util.ArrayList<>(offered);
    withFloat4.add(0, SupportedEncoding.FLOAT4_E2M1FNX2);
    assertThat(valid(inferred(withFloat4, DeviceSpec.gpu(0))).encoding())
        .isEqualTo(SupportedEncoding.FLOAT4_E2M1FNX2);
  }

  @Test
  void case33_givenSeveralEncodingsOnCpu_choose_takesTheArchitectureDefault() {
    var decision =
        inferred(List.of(SupportedEncoding.FLOAT32, SupportedEncoding.Q4_K), DeviceSpec.cpu());

    assertThat(valid(decision).encoding()).isEqualTo(SupportedEncoding.BFLOAT16);
    assertThat(valid(decision).origin().source()).isEqualTo(Source.ARCHITECTURE);
  }

  @Test
  void case34_givenOnlyCpuEncodingsOnGpu_choose_saysNoneRunsThere() {
    // Difference from MAX: MAX leaves the encoding null and then fails with "quantization_encoding
    // of 'None' not supported"; we say which encodings the repo has and that none runs on the GPU.
    var decision =
        inferred(List.of(SupportedEncoding.Q6_K, SupportedEncoding.Q4_K), DeviceSpec.gpu(0));

    assertThat(decision.getError().code()).isEqualTo(ErrorCode.NO_ENCODING_FOR_DEVICE);
    assertThat(decision.getError().message()).contains("q6_k, q4_k", "gpu:0");
  }

  private static Validation<ConfigError, EncodingChoice.Decision> inferred(
      List<SupportedEncoding> offered, DeviceSpec device) {
    return EncodingChoice.choose(
        new EncodingChoice.Inputs(
            Option.none(),
            false,
            false,
            Option.none(),
            offered,
            offered::contains,
            device,
            SupportedEncoding.BFLOAT16,
            "org/repo"));
  }
}
