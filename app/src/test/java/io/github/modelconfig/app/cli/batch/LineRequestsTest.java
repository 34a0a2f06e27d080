package io.github.modelconfig.app.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.OptionSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.PositionalParamSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineRequestsTest {

  /** A small option model: MODEL and one text option, as a command's would be. */
  private static CommandSpec spec() {
    CommandSpec spec = CommandSpec.create().name("resolve");
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").build());
    spec.addOption(OptionSpec.builder("--max-length").type(String.class).build());
    return spec;
  }

  private final LineRequests<ParseResult> requests = new LineRequests<>(spec(), parsed -> parsed);

  private ConfigError error(String text) {
    return requests.read(new BatchLine(7, text)).getLeft();
  }

  @Test
  void givenAnOptionLine_read_parsesItWithTheCommandsOptions() {
    LineRequest<ParseResult> request =
        requests.read(new BatchLine(3, "'my org/m' --max-length=512")).get();

    ParseResult parsed = ((LineRequest.Options<ParseResult>) request).options();
    assertThat(parsed.matchedPositionalValue(0, "")).isEqualTo("my org/m");
    assertThat(parsed.<String>matchedOptionValue("--max-length", null)).isEqualTo("512");
  }

  @Test
  void givenAJsonLine_read_keepsTheObjectsKeysInOrderWithTypedValues() {
    LineRequest<ParseResult> request =
        requests
            .read(
                new BatchLine(
                    4,
                    "{\"model_path\": \"org/m\", \"max_length\": 512, \"kv_cache\":"
                        + " {\"enable_prefix_caching\": false}, \"lora_paths\": [\"a\"]}"))
            .get();

    LineRequest.Mapping<ParseResult> mapping = (LineRequest.Mapping<ParseResult>) request;
    assertThat(mapping.object())
        .containsExactly(
            Map.entry("model_path", "org/m"),
            Map.entry("max_length", 512),
            Map.entry("kv_cache", Map.of("enable_prefix_caching", false)),
            Map.entry("lora_paths", List.of("a")));
    assertThat(mapping.shownAs()).isEqualTo("line 4");
  }

  @Test
  void givenTwoLines_read_forgetsTheFirstLinesOptions() {
    LineRequests<String> values =
        new LineRequests<>(
            spec(),
            parsed ->
                parsed.matchedPositionalValue(0, "")
                    + " "
                    + parsed.matchedOptionValue("--max-length", "none"));

    values.read(new BatchLine(1, "org/a --max-length 512")).get();
    LineRequest<String> second = values.read(new BatchLine(2, "org/b")).get();

    assertThat(((LineRequest.Options<String>) second).options()).isEqualTo("org/b none");
  }

  @Test
  void givenAnUnknownOption_read_isABatchLineErrorNamingTheLineAndTheOption() {
    ConfigError e = error("org/m --max-lenght 3");

    assertThat(e.code()).isEqualTo(ErrorCode.BATCH_LINE);
    assertThat(e.field()).isEqualTo("batch");
    assertThat(e.message()).isEqualTo("Line 7: Unknown options: '--max-lenght', '3'.");
  }

  @Test
  void givenBrokenJson_read_saysWhereAndWhat() {
    assertThat(error("{\"model_path\": \"org/m\",}").message())
        .startsWith("Line 7: not valid JSON at column 24: Unexpected character ('}'");
    assertThat(error("{\"a\": 1, \"a\": 2}").message()).contains("Duplicate field 'a'");
    assertThat(error("{\"a\": 1} {").message()).contains("Trailing token");
    assertThat(error("{\"a\": 1").message())
        .isEqualTo(
            "Line 7: not valid JSON at column 8: Unexpected end-of-input: expected close marker"
                + " for Object.");
  }

  @Test
  void givenALineCutAtTheLimit_read_refusesIt() {
    ConfigError e = requests.read(new BatchLine(2, "org/m", true)).getLeft();

    assertThat(e.message()).isEqualTo("Line 2: longer than 65536 characters.");
  }
}
