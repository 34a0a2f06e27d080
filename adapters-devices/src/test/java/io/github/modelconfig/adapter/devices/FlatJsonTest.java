package io.github.modelconfig.adapter.devices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlatJsonTest {

  @Test
  void givenCardObjects_parse_keepsScalarsAsTextAndSkipsDeeperValues() {
    var json =
        FlatJson.parse(
                "{\"card0\": {\"Card Series\": \"MI300X \\\"OAM\\\" \\u0041\", \"n\": 42,"
                    + " \"nested\": {\"a\": [1, {\"b\": null}]}, \"flag\": true},"
                    + " \"system\": [1, 2], \"version\": \"6.1\"}")
            .get();

    assertThat(json).containsOnlyKeys("card0");
    assertThat(json.get("card0"))
        .containsEntry("Card Series", "MI300X \"OAM\" A")
        .containsEntry("n", "42")
        .containsEntry("flag", "true")
        .doesNotContainKey("nested");
  }

  @Test
  void givenTooDeepOrTruncatedInput_parse_isLeftNotAnException() {
    String deep = "{\"x\": " + "[".repeat(100) + "]".repeat(100) + "}";

    assertThat(FlatJson.parse(deep).getLeft()).contains("nested too deeply");
    assertThat(FlatJson.parse("{\"card0\": {\"a\": \"b\"").isLeft()).isTrue();
    assertThat(FlatJson.parse("").isLeft()).isTrue();
  }
}
