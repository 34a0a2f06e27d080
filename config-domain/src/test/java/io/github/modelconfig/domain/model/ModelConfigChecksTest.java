package io.github.modelconfig.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.testdata.TestJson;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelConfigChecksTest {

  static Stream<Path> fixtureConfigs() throws Exception {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures/models"))) {
      return files.filter(p -> p.getFileName().toString().equals("config.json")).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtureConfigs")
  void givenEveryRealFixtureConfig_of_findsNothingWrong(Path config) throws Exception {
    RawModelConfig raw = TestJson.parse(Files.readString(config));

    assertThat(ModelConfigChecks.check(Option.of(raw))).isEqualTo(Validation.valid(Option.of(raw)));
  }

  @Test
  void givenNegativeFractionalTextAndHugeValues_of_reportsEachByField() {
    RawModelConfig raw =
        TestJson.parse(
            "{\"num_hidden_layers\": -3, \"hidden_size\": \"4096\", \"head_dim\": 64.5,"
                + " \"num_key_value_heads\": null, \"max_position_embeddings\": 9223372036854775807,"
                + " \"text_config\": {\"num_attention_heads\": 0}}");

    Seq<ConfigError> errors = ModelConfigChecks.check(Option.of(raw)).getError();

    assertThat(errors)
        .extracting(ConfigError::field)
        .containsExactlyInAnyOrder(
            "config.json:num_hidden_layers",
            "config.json:hidden_size",
            "config.json:head_dim",
            "config.json:max_position_embeddings",
            "config.json:text_config.num_attention_heads");
    assertThat(errors).allMatch(e -> e.code() == ErrorCode.INVALID_MODEL_CONFIG);
    assertThat(errors.get(0).message()).contains("num_hidden_layers = -3", "from 1 to 10000");
  }
}
