package io.github.modelconfig.adapter.huggingface.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.modelconfig.domain.weights.TensorTotals;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafetensorsHeaderReaderTest {

  @Test
  void givenSpansListedBackwards_read_sortsThemAndSumsPerDtype() {
    // b's span comes first in the data although the header lists a first (writers need not sort)
    String json =
        "{\"a\":{\"dtype\":\"BF16\",\"shape\":[2,3],\"data_offsets\":[4,16]},"
            + "\"b\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]},"
            + "\"__metadata__\":{\"format\":\"pt\"}}   ";
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + body.length + 16).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(body.length).put(body);

    var header = SafetensorsHeaderReader.read(BytesSource.of("x.safetensors", b.array()));

    assertThat(header.byDtype())
        .containsExactly(
            Map.entry("BF16", new TensorTotals(1, 6, 12)),
            Map.entry("F32", new TensorTotals(1, 1, 4)));
    assertThat(header.dataBytes()).isEqualTo(16);
    assertThat(header.metadata()).containsEntry("format", "pt");
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of(
            "duplicate tensor",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                + "\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}",
            8,
            "names a tensor twice"),
        Arguments.of(
            "shape overflow",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,4]}}",
            4,
            "overflows"),
        Arguments.of(
            "offset beyond long",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,99999999999999999999]}}",
            4,
            "not a non-negative integer"),
        Arguments.of("not an object", "[1,2]", 0, "does not start with '{'"),
        // written as ISO-8859-1 below, so \u00ff is the lone byte 0xFF: never valid UTF-8
        Arguments.of(
            "invalid UTF-8",
            "{\"a\u00ff\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
            4,
            "not valid UTF-8"),
        Arguments.of(
            "content after the object",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}{}",
            4,
            "content after its JSON object"),
        Arguments.of(
            "__metadata__ twice",
            "{\"__metadata__\":{\"format\":\"pt\"},\"__metadata__\":{\"format\":\"pt\"}}",
            0,
            "__metadata__"),
        Arguments.of(
            "dtype twice",
            "{\"a\":{\"dtype\":\"F32\",\"dtype\":\"F32\",\"shape\":[1],"
                + "\"data_offsets\":[0,4]}}",
            4,
            "gives dtype twice"),
        Arguments.of(
            "overlap named",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}",
            8,
            "tensor 'b' starts at 4 but the previous ended at 8"),
        Arguments.of(
            "NaN in a shape",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[NaN],\"data_offsets\":[0,4]}}",
            4,
            "not valid JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void givenHostileHeader_read_failsWithAClearMessage(
      String name, String json, int dataBytes, String message) {
    byte[] body = json.getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer b = ByteBuffer.allocate(8 + body.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(body.length).put(body);

    assertThatThrownBy(
            () -> SafetensorsHeaderReader.read(BytesSource.of("x.safetensors", b.array())))
        .isInstanceOf(MalformedWeightsException.class)
        .hasMessageContaining(message);
  }
}
