package io.github.modelconfig.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonSubsetTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void givenASubsetOfTheOutput_compare_findsNoDifference() throws Exception {
    assertThat(
            JsonSubset.compare(
                json("{\"a\": {\"b\": 1}, \"c\": [1, 2]}"),
                json("{\"a\": {\"b\": 1, \"x\": 2}, \"c\": [1, 2], \"d\": null}"),
                json("{}")))
        .isEmpty();
  }

  @Test
  void givenDifferingValues_compare_namesEachByPointer() throws Exception {
    assertThat(
            JsonSubset.compare(
                json("{\"a\": {\"b/c\": 1}, \"c\": [1, 2], \"e\": \"x\"}"),
                json("{\"a\": {\"b/c\": 2}, \"c\": [1], \"e\": \"y\"}"),
                json("{}")))
        .extracting(Difference::pointer)
        .containsExactly("/a/b~1c", "/c", "/e");
  }

  @Test
  void givenATolerance_compare_acceptsWithinItOnly() throws Exception {
    JsonNode tolerance = json("{\"/m\": {\"relative\": 0.01}}");

    assertThat(JsonSubset.compare(json("{\"m\": 1000}"), json("{\"m\": 1009}"), tolerance))
        .isEmpty();
    assertThat(JsonSubset.compare(json("{\"m\": 1000}"), json("{\"m\": 1011}"), tolerance))
        .singleElement()
        .satisfies(d -> assertThat(d.expected()).contains("within"));
    assertThat(JsonSubset.compare(json("{\"m\": 1000}"), json("{\"m\": 1001}"), json("{}")))
        .hasSize(1);
    assertThat(
            JsonSubset.compare(json("{\"f\": 0.9}"), json("{\"f\": 0.90000000000001}"), json("{}")))
        .isEmpty();
  }

  @Test
  void givenAMissingKey_compare_saysSo() throws Exception {
    assertThat(JsonSubset.compare(json("{\"a\": null}"), json("{}"), json("{}")))
        .singleElement()
        .satisfies(d -> assertThat(d.actual()).isEqualTo("no such key"));
  }

  @Test
  void givenShellQuoting_commandWords_splitsAsAShellWould() {
    assertThat(CommandWords.split("python3 -m impl --flag 'a b' \"c \\\" d\" e\\ f"))
        .containsExactly("python3", "-m", "impl", "--flag", "a b", "c \" d", "e f");
  }
}
