package io.github.modelconfig.adapter.huggingface.format;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafetensorsHeaderReaderTest {

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
