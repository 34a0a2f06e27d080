package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void givenPlainValues_write_matchesIndentingObjectMapperByteForByte() throws Exception {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("empty_map", Map.of());
    inner.put("empty_list", List.of());
    inner.put("nulls", Arrays.asList(null, null));
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", "quote \" slash \\ tab \t é \u0001");
    value.put("int", 7);
    value.put("long", 8_030_261_248L);
    value.put("double", 0.9);
    value.put("nan", Double.NaN);
    value.put("float", 1.5f);
    value.put("big_int", new BigInteger("123456789012345678901234567890"));
    value.put("big_dec", new BigDecimal("1.50"));
    value.put("bool", true);
    value.put("none", null);
    value.put("numbers", List.of(1L, 2L, 3L));
    value.put("inner", inner);
    value.put("maps", new ArrayList<>(List.of(Map.of("a", 1), Map.of("b", "x"))));

    assertThat(Json.plain(value)).isTrue();
    assertThat(Json.write(value)).isEqualTo(MAPPER.writeValueAsString(value));
    assertThat(Json.write(Map.of("k", 1))).isEqualTo("{\n  \"k\" : 1\n}");
  }

  @Test
  void givenValueTheStreamingWriterDoesNotKnow_write_fallsBackToTheObjectMapper() throws Exception {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("record", new Point(1, 2));
    Map<Object, Object> numericKeys = new LinkedHashMap<>();
    numericKeys.put(1, "one");

    assertThat(Json.plain(value)).isFalse();
    assertThat(Json.plain(numericKeys)).isFalse();
    assertThat(Json.write(value)).isEqualTo(MAPPER.writeValueAsString(value));
    assertThat(Json.write(value)).contains("\"x\" : 1");
    assertThat(Json.write(numericKeys)).isEqualTo("{\n  \"1\" : \"one\"\n}");
  }

  record Point(int x, int y) {}
}
