package io.github.modelconfig.domain.quantization;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.encoding.SafetensorsDtypeEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.resolution.ModelConfigResolver;
import io.github.modelconfig.domain.testdata.TensorLayouts;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every quantization method PRODUCT.md supports, on the tensor layout of such a checkpoint (packed
 * weights, scales and zero points in their own dtypes): config.json's method decides the encoding,
 * never the dtypes of the scale tensors, which alone would offer float16, bfloat16, float8 or
 * float32 as well.
 */
class QuantizedCheckpointLayoutsTest {

  private static final ModelConfigResolver RESOLVER =
      new ModelConfigResolver(ArchitectureRegistry.defaults());

  static Stream<Arguments> methods() {
    // checkpoint, encoding its method declares, an encoding its scale or norm tensors' dtypes
    // alone would also offer
    return Stream.of(
        Arguments.of("gptq-llama-2-7b", SupportedEncoding.GPTQ, SupportedEncoding.FLOAT16),
        Arguments.of("fp8-kimi-k2", SupportedEncoding.FLOAT8_E4M3FN, SupportedEncoding.BFLOAT16),
        Arguments.of(
            "compressed-tensors-llama-3.1-8b",
            SupportedEncoding.FLOAT8_E4M3FN,
            SupportedEncoding.BFLOAT16),
        Arguments.of(
            "fbgemm-fp8-llama-3.1-405b",
            SupportedEncoding.FLOAT8_E4M3FN,
            SupportedEncoding.FLOAT32),
        Arguments.of(
            "modelopt-nvfp4-llama-3.1-8b",
            SupportedEncoding.FLOAT4_E2M1FNX2,
            SupportedEncoding.FLOAT8_E4M3FN));
  }

  private static ModelSnapshot checkpoint(String name) {
    return aSnapshot()
        .inFolder("/models/q")
        .withConfig(TensorLayouts.config(name))
        .withFile("config.json", 2000)
        .withSafetensors("model.safetensors", TensorLayouts.header(name))
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void givenQuantizedLayout_encodings_areTheDeclaredMethodOnly(
      String name, SupportedEncoding declared, SupportedEncoding byScaleDtypes) {
    SafetensorsHeader header = TensorLayouts.header(name);

    assertThat(header.byDtype().keySet())
        .as("the layout's dtypes do offer %s", byScaleDtypes)
        .anyMatch(d -> SafetensorsDtypeEncoding.of(d).contains(byScaleDtypes));
    assertThat(RepoEncodings.of(checkpoint(name))).containsExactly(declared);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void givenQuantizedLayout_resolve_choosesTheDeclaredEncoding(
      String name, SupportedEncoding declared, SupportedEncoding byScaleDtypes) {
    var c =
        valid(
            RESOLVER.resolve(
                aRequest().with("model_path", "/models/q").build(),
                checkpoint(name),
                aHost().withGpus(8).withoutCpu().build()));

    assertThat(c.quantizationEncoding()).contains(declared);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void givenQuantizedLayout_resolveAsAScaleDtype_isRefused(
      String name, SupportedEncoding declared, SupportedEncoding byScaleDtypes) {
    var outcome =
        RESOLVER.resolve(
            aRequest()
                .with("model_path", "/models/q")
                .with("quantization_encoding", byScaleDtypes.wireName())
                .build(),
            checkpoint(name),
            aHost().withGpus(8).withoutCpu().build());

    assertThat(outcome.isInvalid()).as(outcome.toString()).isTrue();
    assertThat(outcome.getError())
        .extracting(ConfigError::code)
        .containsAnyOf(
            ErrorCode.ENCODING_NOT_IN_REPO, ErrorCode.ENCODING_NOT_SUPPORTED_BY_ARCHITECTURE);
  }

  @Test
  void givenAwqLayout_resolve_isAnUnsupportedMethodNotFloat16() {
    var outcome =
        RESOLVER.resolve(
            aRequest().with("model_path", "/models/q").build(),
            checkpoint("awq-llama-2-7b"),
            aHost().withGpus(1).withoutCpu().build());

    assertThat(outcome.getError())
        .extracting(ConfigError::code)
        .contains(ErrorCode.UNSUPPORTED_QUANTIZATION);
  }
}
