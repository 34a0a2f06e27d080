package io.github.modelconfig.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every {@link ModelFileParser} promises (the Jackson parser, the fake): a JSON
 * object becomes typed values; anything else is a corrupt-file failure naming the file.
 */
public abstract class ModelFileParserContract {

  protected abstract ModelFileParser parser();

  private Either<RepositoryFailure, RawModelConfig> parse(String json) {
    return parser().parseJson("config.json", json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void givenAnObject_parse_givesItsValuesTyped() {
    RawModelConfig config =
        parse(
                "{\"model_type\":\"llama\",\"num_hidden_layers\":32,\"rms_norm_eps\":1e-05,"
                    + "\"tie_word_embeddings\":false,\"architectures\":[\"LlamaForCausalLM\"],"
                    + "\"rope_scaling\":{\"rope_type\":\"llama3\",\"factor\":8.0}}")
            .get();

    assertThat(config.string("model_type")).contains("llama");
    assertThat(config.integer("num_hidden_layers")).contains(32L);
    assertThat(config.decimal("rms_norm_eps")).contains(1e-05);
    assertThat(config.bool("tie_word_embeddings")).contains(false);
    assertThat(config.list("architectures").get()).isEqualTo(List.of("LlamaForCausalLM"));
    assertThat(config.object("rope_scaling").flatMap(r -> r.decimal("factor"))).contains(8.0);
  }

  @Test
  void givenATopLevelArray_parse_isCorruptNamingTheFile() {
    Either<RepositoryFailure, RawModelConfig> parsed = parse("[1, 2]");

    assertThat(parsed.swap().getOrNull())
        .as(parsed.toString())
        .isInstanceOf(RepositoryFailure.Corrupt.class);
    assertThat(parsed.getLeft().field()).isEqualTo("config.json");
    assertThat(parsed.getLeft().message()).contains("config.json");
  }

  @Test
  void givenTruncatedJson_parse_isCorruptNamingTheFile() {
    Either<RepositoryFailure, RawModelConfig> parsed = parse("{\"model_type\": \"lla");

    assertThat(parsed.swap().getOrNull())
        .as(parsed.toString())
        .isInstanceOf(RepositoryFailure.Corrupt.class);
    assertThat(parsed.getLeft().field()).isEqualTo("config.json");
  }
}
