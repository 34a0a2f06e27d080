package io.github.modelconfig.app.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Word splitting as bash does it for the same line (each expectation checked with printf). */
class LineWordsTest {

  record Case(String line, List<String> words) {
    @Override
    public String toString() {
      return "[" + line + "]";
    }
  }

  // Checked by hand: bash -c 'printf "[%s]" LINE' prints the same words for each line.
  static Stream<Case> cases() {
    return Stream.of(
        new Case("org/model --max-length 4096", List.of("org/model", "--max-length", "4096")),
        new Case("  a \t b  ", List.of("a", "b")),
        new Case("'my models/m 1' --x", List.of("my models/m 1", "--x")),
        new Case("\"a \\\"b\\\" \\\\ \\$c\"", List.of("a \"b\" \\ $c")),
        new Case("\"a\\nb\"", List.of("a\\nb")),
        new Case("my\\ model x", List.of("my model", "x")),
        new Case(
            "--vision-config-overrides '{\"a\": 1}'",
            List.of("--vision-config-overrides", "{\"a\": 1}")),
        new Case("pre'fix'\"ed\"", List.of("prefixed")),
        new Case("''", List.of("")),
        new Case("", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givenALine_split_givesTheShellsWords(Case c) {
    assertThat(LineWords.split(c.line()).get()).containsExactlyElementsOf(c.words());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unclosed")
  void givenAnUnclosedQuote_split_saysWhereItOpened(String line, String problem) {
    assertThat(LineWords.split(line).getLeft()).isEqualTo(problem);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> unclosed() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "a 'b", "a single quote opened at column 3 is never closed"),
        org.junit.jupiter.params.provider.Arguments.of(
            "\"a \\\"", "a double quote opened at column 1 is never closed"));
  }
}
