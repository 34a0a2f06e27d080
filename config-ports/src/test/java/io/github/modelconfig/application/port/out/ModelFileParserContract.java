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

  @Test
  void givenContentAfterTheObject_parse_isCorruptNamingTheFile() {
    Either<RepositoryFailure, RawModelConfig> parsed =
        parse("{\"model_type\": \"llama\"}\ngarbage after the object");

    assertThat(parsed.swap().getOrNull())
        .as(parsed.toString())
        .isInstanceOf(RepositoryFailure.Corrupt.class);
    assertThat(parsed.getLeft().field()).isEqualTo("config.json");
  }

  @Test
  void givenASecondObjectAfterTheFirst_parse_isCorrupt() {
    assertThat(parse("{\"a\": 1} {\"a\": 2}").isLeft()).isTrue();
  }

  @Test
  void givenAShardedIndex_parseSafetensorsIndex_countsTensorsPerShardAsTheFileNamesThem() {
    String index =
        "{\"metadata\":{\"total_size\":1234},\"weight_map\":{"
            + "\"a\":\"model-00001-of-00002.safetensors\","
            + "\"b\":\"model-00002-of-00002.safetensors\","
            + "\"c\":\"model-00001-of-00002.safetensors\"}}";

    var parsed =
        parser()
            .parseSafetensorsIndex(
                "sub/model.safetensors.index.json", index.getBytes(StandardCharsets.UTF_8))
            .get();

    assertThat(parsed.path()).isEqualTo("sub/model.safetensors.index.json");
    assertThat(parsed.tensorsByShard())
        .containsExactly(
            java.util.Map.entry("model-00001-of-00002.safetensors", 2L),
            java.util.Map.entry("model-00002-of-00002.safetensors", 1L));
    assertThat(parsed.totalSize()).contains(1234L);
  }

  @Test
  void givenAnIndexWithoutWeightMap_parseSafetensorsIndex_isCorrupt() {
    assertThat(
            parser()
                .parseSafetensorsIndex(
                    "model.safetensors.index.json",
                    "{\"metadata\":{}}".getBytes(StandardCharsets.UTF_8))
                .getLeft())
        .isInstanceOf(RepositoryFailure.Corrupt.class);
  }
}
