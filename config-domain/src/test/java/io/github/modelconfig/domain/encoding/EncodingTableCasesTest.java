package io.github.modelconfig.domain.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.device.DeviceType;
import io.github.modelconfig.domain.kvcache.KvCacheDtypes;
import io.vavr.control.Option;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reference §10 cases 9-10: the encoding table (§3.1) and the KV cache dtype it implies (§5.3). */
class EncodingTableCasesTest {

  @Test
  void case09_givenTheReferenceExamples_supportedOn_matchesTheTable() {
    assertThat(SupportedEncoding.BFLOAT16.supportedOn(DeviceType.CPU)).isFalse();
    assertThat(SupportedEncoding.Q4_K.supportedOn(DeviceType.GPU)).isFalse();
    assertThat(SupportedEncoding.FLOAT32.supportedOn(DeviceType.CPU)).isTrue();
    assertThat(SupportedEncoding.FLOAT32.supportedOn(DeviceType.GPU)).isTrue();
  }

  @Test
  void case09_givenQ4kAndBfloat16_dtypeAndGraphEncoding_matchTheTable() {
    assertThat(SupportedEncoding.Q4_K.dtype()).isEqualTo(DType.UINT8);
    assertThat(SupportedEncoding.Q4_K.graphQuantizationEncoding())
        .contains(GraphQuantizationEncoding.Q4_K);
    assertThat(SupportedEncoding.Q4_K.graphQuantizationEncoding().get().wireName())
        .isEqualTo("Q4_K");
    assertThat(SupportedEncoding.BFLOAT16.graphQuantizationEncoding()).isEmpty();
  }

  /** Every row of reference §3.1, plus float16 (a ninth encoding, a difference from MAX). */
  static Stream<Arguments> table() {
    return Stream.of(
        row("float32", DType.FLOAT32, null, Set.of(DeviceType.CPU, DeviceType.GPU), DType.FLOAT32),
        row("bfloat16", DType.BFLOAT16, null, Set.of(DeviceType.GPU), DType.BFLOAT16),
        row("q4_k", DType.UINT8, "Q4_K", Set.of(DeviceType.CPU), DType.FLOAT32),
        row("q4_0", DType.UINT8, "Q4_0", Set.of(DeviceType.CPU), DType.FLOAT32),
        row("q6_k", DType.UINT8, "Q6_K", Set.of(DeviceType.CPU), DType.FLOAT32),
        row("float8_e4m3fn", DType.FLOAT8_E4M3FN, null, Set.of(DeviceType.GPU), DType.BFLOAT16),
        row("float4_e2m1fnx2", DType.UINT8, null, Set.of(DeviceType.GPU), DType.BFLOAT16),
        row("gptq", DType.UINT8, "GPTQ", Set.of(DeviceType.GPU), DType.BFLOAT16),
        // Not in MAX's reference version: float16 runs on GPU with a float16 KV cache.
        row("float16", DType.FLOAT16, null, Set.of(DeviceType.GPU), DType.FLOAT16));
  }

  private static Arguments row(
      String name, DType dtype, String graph, Set<DeviceType> devices, DType kvDtype) {
    return Arguments.of(name, dtype, graph, devices, kvDtype);
  }

  @ParameterizedTest(name = "case09 {0}")
  @MethodSource("table")
  void case09_givenEachEncoding_itsColumns_matchReferenceTable(
      String name, DType dtype, String graph, Set<DeviceType> devices, DType kvDtype) {
    SupportedEncoding encoding = SupportedEncoding.parse(name).get();

    assertThat(encoding.wireName()).isEqualTo(name);
    assertThat(encoding.dtype()).isEqualTo(dtype);
    assertThat(encoding.graphQuantizationEncoding().map(GraphQuantizationEncoding::wireName))
        .isEqualTo(Option.of(graph));
    assertThat(encoding.devices()).isEqualTo(devices);
    assertThat(encoding.cpuOnly()).isEqualTo(devices.equals(Set.of(DeviceType.CPU)));
    assertThat(encoding.defaultKvCacheDtype()).isEqualTo(kvDtype);
  }

  @Test
  void case09_dtypeSizes_matchTheReference() {
    // §3.1: float32 4, bfloat16 2, float8 1, uint8 1 (float16, our ninth encoding's dtype: 2).
    assertThat(DType.FLOAT32.sizeInBytes()).isEqualTo(4);
    assertThat(DType.BFLOAT16.sizeInBytes()).isEqualTo(2);
    assertThat(DType.FLOAT8_E4M3FN.sizeInBytes()).isEqualTo(1);
    assertThat(DType.UINT8.sizeInBytes()).isEqualTo(1);
    assertThat(DType.FLOAT16.sizeInBytes()).isEqualTo(2);
  }

  static Stream<Arguments> kvDtypes() {
    return Stream.of(
        Arguments.of("float8_e4m3fn", DType.BFLOAT16),
        Arguments.of("float4_e2m1fnx2", DType.BFLOAT16),
        Arguments.of("gptq", DType.BFLOAT16),
        Arguments.of("q6_k", DType.FLOAT32));
  }

  @ParameterizedTest(name = "case10 {0}")
  @MethodSource("kvDtypes")
  void case10_givenEncodingWithoutOverride_cacheDtype_followsTheEncoding(
      String encoding, DType expected) {
    assertThat(KvCacheDtypes.resolve(Option.none(), SupportedEncoding.parse(encoding)))
        .isEqualTo(expected);
  }

  @Test
  void case10_givenNullEncodingWithoutOverride_cacheDtype_isFloat32() {
    assertThat(KvCacheDtypes.resolve(Option.none(), Option.none())).isEqualTo(DType.FLOAT32);
  }
}
