package io.github.modelconfig.domain.weights;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LlamaFileTypeTest {

  static Stream<Arguments> fileTypes() {
    return Stream.of(
        Arguments.of("ALL_F32", 0L, Option.of(SupportedEncoding.FLOAT32)),
        Arguments.of("MOSTLY_F16", 1L, Option.of(SupportedEncoding.FLOAT16)),
        Arguments.of("MOSTLY_Q4_0", 2L, Option.of(SupportedEncoding.Q4_0)),
        Arguments.of("MOSTLY_Q8_0", 7L, Option.none()),
        Arguments.of("MOSTLY_Q4_K_S", 14L, Option.of(SupportedEncoding.Q4_K)),
        Arguments.of("MOSTLY_Q4_K_M", 15L, Option.of(SupportedEncoding.Q4_K)),
        Arguments.of("MOSTLY_Q5_K_M", 17L, Option.none()),
        Arguments.of("MOSTLY_Q6_K", 18L, Option.of(SupportedEncoding.Q6_K)),
        Arguments.of("MOSTLY_BF16", 32L, Option.of(SupportedEncoding.BFLOAT16)),
        Arguments.of("MOSTLY_Q2_0", 41L, Option.none()),
        Arguments.of("GUESSED", 1024L, Option.none()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fileTypes")
  void givenLlamaFtype_nameAndEncoding_matchLlamaCpp(
      String name, long id, Option<SupportedEncoding> encoding) {
    assertThat(LlamaFileType.name(id)).contains(name);
    assertThat(LlamaFileType.encoding(id)).isEqualTo(encoding);
  }

  static Stream<Arguments> ggmlTypes() {
    return Stream.of(
        Arguments.of("F32", 0, 1, 4),
        Arguments.of("F16", 1, 1, 2),
        Arguments.of("Q4_0", 2, 32, 18),
        Arguments.of("Q8_0", 8, 32, 34),
        Arguments.of("Q4_K", 12, 256, 144),
        Arguments.of("Q6_K", 14, 256, 210),
        Arguments.of("IQ4_XS", 23, 256, 136),
        Arguments.of("BF16", 30, 1, 2),
        Arguments.of("MXFP4", 39, 32, 17),
        Arguments.of("Q2_0", 42, 64, 18));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ggmlTypes")
  void givenGgmlTypeId_ofId_hasBlockSizeAndBytes(String name, int id, int block, int bytes) {
    GgmlType type = GgmlType.ofId(id).get();
    assertThat(type.name()).isEqualTo(name);
    assertThat(type.blockSize()).isEqualTo(block);
    assertThat(type.bytesPerBlock()).isEqualTo(bytes);
    assertThat(type.bytes(block * 4L)).contains(bytes * 4L);
  }

  @org.junit.jupiter.api.Test
  void givenRemovedOrFutureIds_ofId_isNone() {
    assertThat(GgmlType.ofId(4)).isEmpty();
    assertThat(GgmlType.ofId(31)).isEmpty();
    assertThat(GgmlType.ofId(43)).isEmpty();
    assertThat(LlamaFileType.name(99)).isEmpty();
  }
}
